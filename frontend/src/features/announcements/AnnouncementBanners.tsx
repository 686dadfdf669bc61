import { useRef } from 'react';
import { CloseIcon } from '../../components/icons';
import { useNow } from '../../lib/useNow';
import { isCurrent, useAnnouncements, type Announcement } from './api';
import { useDismissedAnnouncements } from './dismissed';
import { formatEnd, severityStyle } from './severity';

/** The announcements to show: current ones the viewer hasn't dismissed, in the server's order. */
export function visibleAnnouncements(list: Announcement[], dismissed: ReadonlySet<string>, now: number): Announcement[] {
  return list.filter((a) => !dismissed.has(a.id) && isCurrent(a, now));
}

function AnnouncementBanner({ announcement, onDismiss }: { announcement: Announcement; onDismiss: () => void }) {
  const style = severityStyle(announcement.severity);
  return (
    <div
      role="status"
      data-testid="announcement"
      data-announcement-id={announcement.id}
      data-severity={announcement.severity}
      className={`flex items-start gap-3 rounded-lg border px-4 py-3 text-sm ${style.box}`}
    >
      <span className="mt-0.5 shrink-0">{style.icon}</span>
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words">
          <span className="sr-only">{style.label}: </span>
          {announcement.title}
        </p>
        {announcement.body ? <p className="mt-0.5 break-words whitespace-pre-line opacity-90">{announcement.body}</p> : null}
        {announcement.endsAt ? (
          <p className="mt-1 text-xs opacity-75">
            Until <time dateTime={announcement.endsAt}>{formatEnd(announcement.endsAt)}</time>
          </p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={`Dismiss ${announcement.title}`}
        data-dismiss
        className="-my-1 -mr-2 grid size-8 shrink-0 place-items-center rounded-md opacity-70 hover:bg-black/5 hover:opacity-100 dark:hover:bg-white/10"
      >
        <CloseIcon size={16} />
      </button>
    </div>
  );
}

/**
 * Site-wide banners under the top bar: what admins announced, live (`announcementsUpdated`), the most
 * severe first. Each can be dismissed for the rest of the tab's session; one whose end time passes goes.
 */
export function AnnouncementBanners({ className = '' }: { className?: string }) {
  const { data } = useAnnouncements();
  const now = useNow();
  const [dismissed, dismiss] = useDismissedAnnouncements();
  const rootRef = useRef<HTMLElement>(null);
  const shown = visibleAnnouncements(data ?? [], dismissed, now);
  if (shown.length === 0) return null;

  const onDismiss = (index: number): void => {
    dismiss(shown[index]!.id);
    // Keep keyboard focus nearby: the next banner's button, else the page.
    const buttons = rootRef.current?.querySelectorAll<HTMLButtonElement>('button[data-dismiss]');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (next) next.focus();
    else document.getElementById('main')?.focus({ preventScroll: true });
  };

  return (
    <section ref={rootRef} aria-label="Announcements" className={`space-y-2 ${className}`}>
      {shown.map((announcement, index) => (
        <AnnouncementBanner key={announcement.id} announcement={announcement} onDismiss={() => onDismiss(index)} />
      ))}
    </section>
  );
}
