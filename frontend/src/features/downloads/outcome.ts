import type { ToastVariant } from '../../components/toast/context';
import type { EnqueueResult } from './api';
import { formatResetTime } from './format';
import { REFUSED_TITLE } from './status';

/** What to tell the person after pressing Download. */
export interface Outcome {
  variant: ToastVariant;
  title: string;
  description?: string;
  /** Whether the form can be cleared for the next link (the download exists now). */
  done: boolean;
}

function what(download: { kind: string; title: string; entryCount: number }): string {
  if (download.kind !== 'PLAYLIST') return download.title;
  return `${download.entryCount === 1 ? '1 video' : `${download.entryCount} videos`} from ${download.title}`;
}

/** Turns each typed answer of `enqueueDownload` into a toast. */
export function describeEnqueueOutcome(result: EnqueueResult, locale?: string): Outcome {
  switch (result.__typename) {
    case 'DownloadQueued':
      return { variant: 'success', title: 'Download queued', description: what(result.download), done: true };
    case 'DownloadAwaitingApproval':
      return {
        variant: 'info',
        title: 'Waiting for approval',
        description: `${what(result.download)} starts once it is approved.`,
        done: true,
      };
    case 'AlreadyDownloaded':
      return {
        variant: 'info',
        title: 'Already in the library',
        description: `${result.download.title} is already on Plex in this format.`,
        done: true,
      };
    case 'DownloadQuotaExceeded': {
      const when = result.resetsAt ? formatResetTime(result.resetsAt, locale) : '';
      return {
        variant: 'error',
        title: 'Download limit reached',
        description: when ? `${result.message} More from ${when}.` : result.message,
        done: false,
      };
    }
    case 'DownloadRefused':
      return { variant: 'error', title: REFUSED_TITLE[result.code], description: result.message, done: false };
    case 'ValidationError':
      return { variant: 'error', title: "Couldn't start the download", description: result.message, done: false };
  }
}
