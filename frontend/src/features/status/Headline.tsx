import { StatusDot } from './StatusIndicator';
import { headline, type Monitor } from './status';

/** "All services are up" / "Plex is down" / "2 services have problems", announced politely when it changes. */
export function StatusHeadline({ monitors, large = false }: { monitors: readonly Monitor[]; large?: boolean }) {
  const { text, tone } = headline(monitors);
  return (
    <p
      role="status"
      data-testid="status-headline"
      data-tone={tone}
      className={`flex items-center gap-2.5 font-semibold text-fg ${large ? 'text-lg' : 'text-sm'}`}
    >
      <StatusDot tone={tone} className={large ? 'size-3' : ''} />
      {text}
    </p>
  );
}
