import { useId, useState } from 'react';
import { Avatar } from '../../../components/Avatar';
import { ChevronRightIcon, ServerIcon } from '../../../components/icons';
import { RelativeTime } from '../../../components/RelativeTime';
import type { AuditEntry } from './api';
import { AuditDiff } from './AuditDiff';
import { actionLabel, targetLabel } from './format';

/** One change: when, who, what, on what; expands to show before and after. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const actor = entry.actor;
  return (
    <li data-testid="audit-row" data-action={entry.action}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="grid w-full grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1 px-4 py-3 text-left text-sm hover:bg-surface-hover focus-visible:-outline-offset-2 sm:grid-cols-[auto_8.5rem_11rem_1fr] sm:items-center sm:px-5"
      >
        <ChevronRightIcon
          size={16}
          className={`row-span-3 mt-0.5 text-fg-subtle transition-transform sm:row-span-1 sm:mt-0 ${open ? 'rotate-90' : ''}`}
        />
        <span className="text-xs text-fg-subtle sm:text-sm sm:text-fg-muted">
          <RelativeTime value={entry.createdAt} />
        </span>
        <span className="flex min-w-0 items-center gap-2">
          {actor ? (
            <>
              <Avatar person={actor} size={22} />
              <span className="truncate font-medium text-fg">{actor.displayName}</span>
            </>
          ) : (
            <>
              <span className="grid size-[22px] shrink-0 place-items-center rounded-full bg-surface-muted text-fg-subtle">
                <ServerIcon size={13} />
              </span>
              <span className="truncate text-fg-muted">System</span>
            </>
          )}
        </span>
        <span className="min-w-0">
          <span className="font-medium text-fg">{actionLabel(entry.action)}</span>
          <span className="text-fg-muted"> · {targetLabel(entry.targetType, entry.targetId)}</span>
        </span>
      </button>
      <div id={panelId} hidden={!open} className="border-t border-line bg-surface-muted/50 px-4 py-4 sm:px-5 sm:pl-12">
        {open ? (
          <>
            <p className="mb-3 text-xs text-fg-subtle">
              <code className="font-mono">{entry.action}</code> on{' '}
              <code className="font-mono">
                {entry.targetType}
                {entry.targetId ? `:${entry.targetId}` : ''}
              </code>
              {actor ? ` by @${actor.username}` : ''}
            </p>
            <AuditDiff before={entry.before} after={entry.after} />
          </>
        ) : null}
      </div>
    </li>
  );
}
