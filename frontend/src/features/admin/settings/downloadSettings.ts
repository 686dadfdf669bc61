import type { DownloadLayout, DownloadSettingsInput } from '../../../gql/graphql';
import type { DownloadSettings } from './api';

export const MAX_COOKIES_BYTES = 256 * 1024;

export type DownloadSettingsField =
  | 'allowedSites'
  | 'layout'
  | 'plexSectionKey'
  | 'plexPath'
  | 'maxDurationMinutes'
  | 'maxFileSizeMb'
  | 'retentionDays'
  | 'cookies'
  | 'paused';

export const DOWNLOAD_SETTINGS_FIELDS: DownloadSettingsField[] = [
  'allowedSites',
  'layout',
  'plexSectionKey',
  'plexPath',
  'maxDurationMinutes',
  'maxFileSizeMb',
  'retentionDays',
  'cookies',
  'paused',
];

type LimitField = 'maxDurationMinutes' | 'maxFileSizeMb' | 'retentionDays';

/** What the cookies file does on save: stays as stored, is removed, or is replaced by an uploaded file. */
export type CookiesChange = { kind: 'keep' } | { kind: 'clear' } | { kind: 'new'; name: string; text: string };

export interface DownloadSettingsDraft {
  sites: string;
  layout: DownloadLayout;
  plexSectionKey: string;
  plexPath: string;
  maxDurationMinutes: string;
  maxFileSizeMb: string;
  retentionDays: string;
  cookies: CookiesChange;
  /** New downloads wait in the queue (running ones finish). */
  paused: boolean;
}

export function draftFrom(settings: DownloadSettings): DownloadSettingsDraft {
  const limit = (value: number | null | undefined): string => (value ? String(value) : '');
  return {
    sites: settings.allowedSites.join('\n'),
    layout: settings.layout,
    plexSectionKey: settings.plexSectionKey ?? '',
    plexPath: settings.plexPath ?? '',
    maxDurationMinutes: limit(settings.maxDurationMinutes),
    maxFileSizeMb: limit(settings.maxFileSizeMb),
    retentionDays: limit(settings.retentionDays),
    cookies: { kind: 'keep' },
    paused: settings.paused,
  };
}

/** "youtube, vimeo" or one per line → ["youtube", "vimeo"] (lowercase, no repeats, blanks dropped). */
export function parseSites(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const site = part.trim().toLowerCase();
    if (site && !out.includes(site)) out.push(site);
  }
  return out;
}

/** A limit box: empty or 0 means none (sent as 0); otherwise a whole number. null when it isn't one. */
export function parseLimit(text: string): number | null {
  const value = text.trim();
  if (value === '') return 0;
  if (!/^\d+$/.test(value)) return null;
  return Number(value);
}

/**
 * The mutation input for a draft, or the errors that keep it from being sent. Every field is sent (the
 * server leaves a null one as it is): an empty Plex key or path clears it, a 0 limit means none, and the
 * cookies are null (keep), "" (clear) or the uploaded file's text.
 */
export function buildInput(
  draft: DownloadSettingsDraft,
): { input: DownloadSettingsInput; errors: null } | { input: null; errors: Partial<Record<DownloadSettingsField, string>> } {
  const errors: Partial<Record<DownloadSettingsField, string>> = {};
  const allowedSites = parseSites(draft.sites);
  if (allowedSites.length === 0) errors.allowedSites = 'List at least one site, e.g. youtube.';
  const limits = {} as Record<LimitField, number>;
  for (const field of ['maxDurationMinutes', 'maxFileSizeMb', 'retentionDays'] as const) {
    const value = parseLimit(draft[field]);
    if (value === null) errors[field] = 'Enter a whole number, or leave it empty for no limit.';
    else limits[field] = value;
  }
  const plexPath = draft.plexPath.trim();
  if (plexPath && !plexPath.startsWith('/')) errors.plexPath = 'Enter an absolute folder path, starting with /.';
  if (draft.cookies.kind === 'new' && new TextEncoder().encode(draft.cookies.text).length > MAX_COOKIES_BYTES) {
    errors.cookies = 'The cookies file is larger than 256 KB.';
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      allowedSites,
      layout: draft.layout,
      plexSectionKey: draft.plexSectionKey.trim(),
      plexPath,
      ...limits,
      cookies: draft.cookies.kind === 'keep' ? null : draft.cookies.kind === 'clear' ? '' : draft.cookies.text,
      paused: draft.paused,
    },
    errors: null,
  };
}

/** Whether saving would change anything. */
export function isDirty(draft: DownloadSettingsDraft, settings: DownloadSettings): boolean {
  const stored = draftFrom(settings);
  return (
    draft.cookies.kind !== 'keep' ||
    draft.paused !== settings.paused ||
    parseSites(draft.sites).join(',') !== settings.allowedSites.join(',') ||
    draft.layout !== stored.layout ||
    draft.plexSectionKey.trim() !== stored.plexSectionKey ||
    draft.plexPath.trim() !== stored.plexPath ||
    (['maxDurationMinutes', 'maxFileSizeMb', 'retentionDays'] as const).some(
      (f) => parseLimit(draft[f]) !== parseLimit(stored[f]),
    )
  );
}
