import { useCallback, useState } from 'react';
import { session } from '../../lib/browser';

export const DISMISSED_KEY = 'medianest.dismissedAnnouncements';

/** The announcement ids dismissed in this tab's session. */
export function readDismissed(): string[] {
  const raw = session.get(DISMISSED_KEY);
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Dismissed announcements stay hidden until the tab's session ends (sessionStorage). */
export function useDismissedAnnouncements(): [ReadonlySet<string>, (id: string) => void] {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set(readDismissed()));
  const dismiss = useCallback((id: string) => {
    setDismissed((previous) => {
      if (previous.has(id)) return previous;
      const next = new Set(previous).add(id);
      session.set(DISMISSED_KEY, JSON.stringify([...next]));
      return next;
    });
  }, []);
  return [dismissed, dismiss];
}
