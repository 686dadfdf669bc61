import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { AlertIcon } from '../../components/icons';

/** The new token's secret, shown exactly once, with Copy and a plain warning. */
export function TokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="token-secret-heading"
      className="border-b border-amber-200 bg-amber-50 px-4 py-5 sm:px-5 dark:border-amber-400/25 dark:bg-amber-400/10"
    >
      <h3 id="token-secret-heading" ref={heading} tabIndex={-1} className="text-sm font-semibold text-amber-950 outline-none dark:text-amber-100">
        Your new token “{name}”
      </h3>
      <p className="mt-1 flex items-start gap-1.5 text-sm text-amber-900 dark:text-amber-200">
        <AlertIcon size={16} className="mt-0.5 shrink-0" />
        <span>Copy it now. This is the only time it is shown; if you lose it, revoke it and create a new one.</span>
      </p>
      <code
        data-testid="token-secret"
        className="mt-3 block rounded-lg border border-amber-300 bg-surface px-3 py-2.5 font-mono text-sm break-all text-fg select-all dark:border-amber-400/40"
      >
        {secret}
      </code>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <CopyButton text={secret} label="Copy token" />
        <Button size="sm" variant="ghost" onClick={onDone}>
          I've saved it
        </Button>
      </div>
    </section>
  );
}
