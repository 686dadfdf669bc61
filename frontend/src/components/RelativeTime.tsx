import { useNow } from '../lib/useNow';
import { formatExactTime, formatRelativeTime } from '../lib/time';

/** "2 min ago", live-updating, with the exact date and time as a tooltip. */
export function RelativeTime({ value, prefix = '' }: { value: string; prefix?: string }) {
  const now = useNow();
  const exact = formatExactTime(value);
  return (
    <time dateTime={value} title={exact}>
      {prefix}
      {formatRelativeTime(value, now)}
    </time>
  );
}
