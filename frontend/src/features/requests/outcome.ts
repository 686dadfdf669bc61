import type { ToastVariant } from '../../components/toast/context';
import { formatDate } from '../../lib/time';
import type { RequestMediaResult } from './api';

export const QUEUED_MESSAGE = 'Overseerr is unreachable — your request is queued and will be sent automatically';

/** What to tell the person after asking for a title. */
export interface Outcome {
  variant: ToastVariant;
  title: string;
  description?: string;
  /** Set for a validation error: the input at fault (e.g. "seasons"), or null when none is named. */
  field?: string | null;
}

/** "You've used your 5 requests this week; more from Mar 10, 2025" */
export function quotaMessage(limit: number, resetsAt: string | null | undefined, locale?: string): string {
  const used = `You've used your ${limit === 1 ? '1 request' : `${limit} requests`} this week`;
  const date = resetsAt ? formatDate(resetsAt, locale) : '';
  return date ? `${used}; more from ${date}` : `${used}.`;
}

/** Turns each typed answer of `requestMedia` into a message (the caller shows field errors next to the field). */
export function describeOutcome(result: RequestMediaResult, title: string, locale?: string): Outcome {
  switch (result.__typename) {
    case 'RequestCreated':
      return { variant: 'success', title: 'Requested', description: title };
    case 'RequestQueued':
      return { variant: 'info', title: 'Request queued', description: QUEUED_MESSAGE };
    case 'AlreadyRequested':
      return { variant: 'info', title: 'Already requested', description: `${title} has already been requested.` };
    case 'AlreadyAvailable':
      return { variant: 'info', title: 'Already on Plex', description: result.message };
    case 'QuotaExceeded':
      return { variant: 'error', title: 'Request limit reached', description: quotaMessage(result.limit, result.resetsAt, locale) };
    case 'ValidationError':
      return { variant: 'error', title: `Couldn't request ${title}`, description: result.message, field: result.field ?? null };
  }
}
