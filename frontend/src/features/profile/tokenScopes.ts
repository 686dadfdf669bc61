import type { Scope } from '../../gql/graphql';

export const SCOPES: Array<{ value: Scope; label: string; description: string }> = [
  { value: 'READ', label: 'Read', description: 'See the library, your requests, downloads and jobs.' },
  { value: 'REQUEST', label: 'Request', description: 'Ask for movies and shows.' },
  { value: 'DOWNLOAD', label: 'Download', description: 'Queue YouTube downloads into Plex.' },
  { value: 'ADMIN', label: 'Admin', description: 'Everything your account may do as an admin.' },
];

export const EXPIRY_OPTIONS: Array<{ value: string; label: string; days: number | null }> = [
  { value: 'never', label: 'Never', days: null },
  { value: '30', label: '30 days', days: 30 },
  { value: '90', label: '90 days', days: 90 },
  { value: '365', label: '1 year', days: 365 },
];

/** The expiry date to send for an option, counted from `now`; null for "never". */
export function expiryFor(option: string, now: number = Date.now()): string | null {
  const days = EXPIRY_OPTIONS.find((o) => o.value === option)?.days ?? null;
  return days === null ? null : new Date(now + days * 86_400_000).toISOString();
}
