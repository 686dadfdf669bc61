import { useId } from 'react';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FieldError } from '../../components/form';
import { ClockIcon, PlusIcon } from '../../components/icons';
import type { SeasonAvailability } from './api';
import { AvailabilityBadge, isRequestable } from './availability';

const CHECKBOX = 'size-4 shrink-0 rounded border-line-strong accent-[var(--accent)]';

interface SeasonChecklistProps {
  seasons: SeasonAvailability[];
  selected: ReadonlySet<number>;
  onToggle: (number: number, checked: boolean) => void;
  onRequest: () => void;
  busy: boolean;
  error?: string | null;
}

/** A show's seasons with their availability; the ones that can still be asked for get a checkbox. */
export function SeasonChecklist({ seasons, selected, onToggle, onRequest, busy, error }: SeasonChecklistProps) {
  const headingId = useId();
  const anyRequestable = seasons.some((s) => isRequestable(s.status, s.requested));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-fg">
        Seasons
      </h2>
      {seasons.length === 0 ? (
        <p className="text-sm text-fg-muted">No seasons are listed for this show yet.</p>
      ) : (
        <ul role="list" className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
          {seasons.map((season) => {
            const requestable = isRequestable(season.status, season.requested);
            const inputId = `${headingId}-season-${season.number}`;
            return (
              <li
                key={season.number}
                data-testid="season-availability"
                data-season={season.number}
                data-status={season.status}
                className="flex flex-wrap items-center gap-x-3 gap-y-1.5 px-4 py-3 sm:px-5"
              >
                {requestable ? (
                  <input
                    id={inputId}
                    type="checkbox"
                    className={CHECKBOX}
                    checked={selected.has(season.number)}
                    disabled={busy}
                    onChange={(event) => onToggle(season.number, event.target.checked)}
                  />
                ) : (
                  <span aria-hidden="true" className="size-4 shrink-0" />
                )}
                <label htmlFor={requestable ? inputId : undefined} className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium text-fg">{season.name}</span>
                  <span className="block text-xs text-fg-subtle">
                    {season.episodes === 1 ? '1 episode' : `${season.episodes} episodes`}
                  </span>
                </label>
                <span className="flex flex-wrap items-center gap-1.5">
                  <AvailabilityBadge status={season.status} />
                  {season.requested ? (
                    <Badge tone="warning" icon={<ClockIcon size={12} />}>
                      Requested
                    </Badge>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {anyRequestable ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button variant="primary" icon={<PlusIcon size={16} />} disabled={selected.size === 0} loading={busy} onClick={onRequest}>
            Request selected seasons
          </Button>
          <span className="text-sm text-fg-muted" aria-live="polite">
            {selected.size === 0 ? 'Tick the seasons you would like.' : selected.size === 1 ? '1 season selected' : `${selected.size} seasons selected`}
          </span>
        </div>
      ) : null}
      {error ? <FieldError>{error}</FieldError> : null}
    </section>
  );
}
