import { useLiveState } from '../lib/ws';

/** Small live-updates indicator; says so plainly when the socket is down and retrying. */
export function LiveStatus() {
  const { state, hasConnected } = useLiveState();
  const firstConnect = state === 'connecting' && !hasConnected;

  let dot = 'bg-emerald-500';
  let content = (
    <>
      <span aria-hidden="true" className="hidden sm:inline">
        Live
      </span>
      <span className="sr-only">Live updates on</span>
    </>
  );
  let pill = 'text-fg-muted';
  let warn = false;

  if (firstConnect) {
    dot = 'bg-slate-400 motion-safe:animate-pulse';
    content = (
      <>
        <span aria-hidden="true" className="hidden sm:inline">
          Connecting…
        </span>
        <span className="sr-only">Connecting to live updates</span>
      </>
    );
  } else if (state !== 'connected') {
    warn = true;
    dot = 'bg-amber-500 motion-safe:animate-pulse';
    pill =
      'bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-600/25 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/30';
    content = (
      <>
        <span aria-hidden="true" className="sm:hidden">
          Reconnecting…
        </span>
        <span className="sr-only sm:not-sr-only">Live updates paused — reconnecting…</span>
      </>
    );
  }

  return (
    <div
      data-testid="live-status"
      data-state={state}
      data-warn={warn || undefined}
      role="status"
      title={state === 'connected' ? 'Live updates on' : undefined}
      className={`inline-flex h-8 items-center gap-2 rounded-full px-2.5 text-xs font-medium whitespace-nowrap ${pill}`}
    >
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${dot}`} />
      {content}
    </div>
  );
}
