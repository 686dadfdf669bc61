import { Badge } from '../../components/Badge';
import { ClockIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import type { DownloadQuota } from './api';
import { formatResetTime } from './format';

/** "7 of 20 left today", "None left today · more from Tue 3:45 PM", or no limit when the server says none applies. */
export function quotaText(quota: DownloadQuota, locale?: string): string {
  if (quota.unlimited) return 'No daily limit';
  if (quota.limit === 0) return 'Your account has no downloads a day: ask your admin for some';
  if (quota.remaining === 0) {
    const when = quota.resetsAt ? formatResetTime(quota.resetsAt, locale) : '';
    return when ? `None left today · more from ${when}` : 'None left today';
  }
  return `${quota.remaining} of ${quota.limit} left today`;
}

/** The viewer's allowance, and whether their downloads wait for approval. Quiet while loading; absent on error. */
export function QuotaNote({ quota, pending }: { quota: DownloadQuota | undefined; pending: boolean }) {
  if (pending) return <Skeleton className="h-5 w-44" />;
  if (!quota) return null;
  return (
    <p data-testid="download-quota" className="flex flex-wrap items-center gap-x-2.5 gap-y-1 text-sm text-fg-muted">
      <span>{quotaText(quota)}</span>
      {quota.needsApproval ? (
        <Badge tone="warning" icon={<ClockIcon size={12} />}>
          Needs approval
        </Badge>
      ) : null}
    </p>
  );
}
