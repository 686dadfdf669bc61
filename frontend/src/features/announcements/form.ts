import type { AnnouncementSeverity, PostAnnouncementInput } from './api';

export const TITLE_MAX = 200;
export const BODY_MAX = 2000;

export type AnnouncementField = 'title' | 'body' | 'severity' | 'endsAt';
export const ANNOUNCEMENT_FIELDS: AnnouncementField[] = ['title', 'body', 'severity', 'endsAt'];

export interface AnnouncementDraft {
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  /** A `datetime-local` value in the viewer's time zone ("2025-03-04T17:00"), or empty for no end. */
  endsAt: string;
}

export const EMPTY_DRAFT: AnnouncementDraft = { title: '', body: '', severity: 'INFO', endsAt: '' };

/**
 * The mutation's variables for a draft, or what keeps it from being sent. The end time is read in the
 * viewer's time zone and sent as an ISO instant; it must lie ahead.
 */
export function buildAnnouncement(
  draft: AnnouncementDraft,
  now: number = Date.now(),
): { input: PostAnnouncementInput; errors: null } | { input: null; errors: Partial<Record<AnnouncementField, string>> } {
  const errors: Partial<Record<AnnouncementField, string>> = {};
  const title = draft.title.trim();
  const body = draft.body.trim();
  if (!title) errors.title = 'Give the announcement a title.';
  else if (title.length > TITLE_MAX) errors.title = `Keep the title under ${TITLE_MAX} characters.`;
  if (body.length > BODY_MAX) errors.body = `Keep the message under ${BODY_MAX.toLocaleString('en')} characters.`;
  let endsAt: string | null = null;
  if (draft.endsAt.trim()) {
    const end = new Date(draft.endsAt);
    if (Number.isNaN(end.getTime())) errors.endsAt = 'Enter a date and a time, or leave it empty.';
    else if (end.getTime() <= now) errors.endsAt = 'Choose a time in the future.';
    else endsAt = end.toISOString();
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: { title, body, severity: draft.severity, endsAt }, errors: null };
}
