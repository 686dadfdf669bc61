import { ChevronDownIcon } from '../../components/icons';

/** How to call the API with a token, with this server's own address. */
export function TokenUsage() {
  const endpoint = `${window.location.origin}/graphql`;
  const example = [
    `curl ${endpoint} \\`,
    `  -H "Authorization: Bearer <token>" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"query": "{ me { username } }"}'`,
  ].join('\n');
  return (
    <details className="group border-t border-line px-4 py-3 sm:px-5">
      <summary className="flex list-none items-center gap-2 rounded text-sm font-medium text-accent-text [&::-webkit-details-marker]:hidden">
        <ChevronDownIcon size={16} className="-rotate-90 transition-transform group-open:rotate-0" />
        How to use a token
      </summary>
      <div className="mt-3 space-y-2 text-sm text-fg-muted">
        <p>
          Send it in the <code className="font-mono text-fg">Authorization: Bearer &lt;token&gt;</code> header with your
          GraphQL requests to <code className="font-mono break-all text-fg">{endpoint}</code>.
        </p>
        <pre className="overflow-x-auto rounded-lg bg-surface-muted p-3 font-mono text-xs leading-relaxed text-fg">{example}</pre>
      </div>
    </details>
  );
}
