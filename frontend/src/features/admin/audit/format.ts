/** Known audit actions, in words. Unknown ones are shown as they are. */
export const ACTIONS: Record<string, string> = {
  'user.create': 'Created a user',
  'user.update': 'Changed a user',
  'user.import': 'Imported users from Plex',
  'user.sign_out': 'Signed a user out everywhere',
  'user.access_removed': 'Plex access removed',
  'token.create': 'Created an API token',
  'token.revoke': 'Revoked an API token',
  'settings.update': 'Changed settings',
  'settings.setup': 'Completed setup',
  'announcement.post': 'Posted an announcement',
  'announcement.end': 'Ended an announcement',
};

export const TARGET_TYPES: Record<string, string> = {
  user: 'User',
  settings: 'Settings',
  api_token: 'API token',
  announcement: 'Announcement',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function targetLabel(type: string, id: string | null | undefined): string {
  const name = TARGET_TYPES[type] ?? type;
  if (!id) return name;
  return /^\d+$/.test(id) ? `${name} #${id}` : `${name}: ${humanizeKey(id)}`;
}

/** "requests_per_week" / "requestsPerWeek" → "Requests per week". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!words) return key;
  const fixed = words.replace(/\b(url|api|id|ip)\b/g, (w) => w.toUpperCase());
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

/** A JSON value as short readable text. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.length === 0 ? '(none)' : value.map((v) => formatValue(v)).join(', ');
  }
  return JSON.stringify(value, null, 2);
}

export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  kind: 'added' | 'removed' | 'changed';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose values differ between `before` and `after`, plus how many stayed the same. */
export function diffValues(before: unknown, after: unknown): { rows: DiffRow[]; unchanged: number } {
  if (!isRecord(before) && !isRecord(after)) {
    if (same(before, after)) return { rows: [], unchanged: before === null || before === undefined ? 0 : 1 };
    return { rows: [{ key: 'value', before, after, kind: before == null ? 'added' : after == null ? 'removed' : 'changed' }], unchanged: 0 };
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows: DiffRow[] = [];
  let unchanged = 0;
  for (const key of keys) {
    const inB = key in b;
    const inA = key in a;
    if (inB && inA && same(b[key], a[key])) {
      unchanged += 1;
      continue;
    }
    rows.push({ key, before: b[key], after: a[key], kind: !inB ? 'added' : !inA ? 'removed' : 'changed' });
  }
  return { rows, unchanged };
}
