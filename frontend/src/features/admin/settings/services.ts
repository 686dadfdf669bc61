import type { Service } from '../../../gql/graphql';
import type { ServiceSettings } from './api';

/** What one service card shows and edits, read from `serviceSettings`. */
export interface ServiceView {
  url: string;
  secretSet: boolean;
  slug: string;
  /** Server-side field names set by environment variables (e.g. "url", "token", "api_key", "slug"). */
  overridden: string[];
  details: Array<{ label: string; value: string }>;
}

export interface ServiceConfig {
  service: Service;
  /** Used in test ids and ids: plex, overseerr, uptime-kuma. */
  slug: string;
  name: string;
  /** For "Test Plex connection" (an accessible name the end-to-end tests rely on). */
  shortName: string;
  description: string;
  /** Prefix of the environment variables that override stored values. */
  envPrefix: string;
  urlLabel: string;
  urlPlaceholder: string;
  urlHint: string;
  secret: { label: string; field: string; hint: string; missing: string; stored: string } | null;
  slugField: { label: string; placeholder: string; hint: string } | null;
  view: (settings: ServiceSettings) => ServiceView;
}

export const SERVICES: ServiceConfig[] = [
  {
    service: 'PLEX',
    slug: 'plex',
    name: 'Plex',
    shortName: 'Plex',
    description: 'The Plex Media Server MediaNest fronts: sign-in access, library and sharing.',
    envPrefix: 'MEDIANEST_PLEX',
    urlLabel: 'Server URL',
    urlPlaceholder: 'http://192.168.1.10:32400',
    urlHint: 'The address MediaNest uses to reach Plex Media Server, including the port.',
    secret: {
      label: 'Plex token',
      field: 'token',
      hint: 'The server token setup stored for you. Leave empty to keep it.',
      missing: 'No token',
      stored: 'Token stored',
    },
    slugField: null,
    view: ({ plex }) => ({
      url: plex.url ?? '',
      secretSet: plex.tokenSet,
      slug: '',
      overridden: plex.overridden,
      details: [
        { label: 'Server name', value: plex.serverName ?? 'Not set up yet' },
        { label: 'Machine ID', value: plex.machineIdentifier ?? '—' },
      ],
    }),
  },
  {
    service: 'OVERSEERR',
    slug: 'overseerr',
    name: 'Overseerr / Seerr',
    shortName: 'Overseerr',
    description: 'Where requests for missing movies and shows are sent.',
    envPrefix: 'MEDIANEST_OVERSEERR',
    urlLabel: 'Server URL',
    urlPlaceholder: 'http://192.168.1.10:5055',
    urlHint: 'The address of Overseerr or Seerr, including the port.',
    secret: {
      label: 'API key',
      field: 'api_key',
      hint: 'In Overseerr: Settings → General → API Key. Leave empty to keep the stored one.',
      missing: 'No API key',
      stored: 'API key stored',
    },
    slugField: null,
    view: ({ overseerr }) => ({
      url: overseerr.url ?? '',
      secretSet: overseerr.apiKeySet,
      slug: '',
      overridden: overseerr.overridden,
      details: [],
    }),
  },
  {
    service: 'UPTIME_KUMA',
    slug: 'uptime-kuma',
    name: 'Uptime Kuma',
    shortName: 'Uptime Kuma',
    description: 'Shows whether the server is up, from a public status page.',
    envPrefix: 'MEDIANEST_UPTIME_KUMA',
    urlLabel: 'Server URL',
    urlPlaceholder: 'http://192.168.1.10:3001',
    urlHint: 'The address of Uptime Kuma, including the port.',
    secret: null,
    slugField: {
      label: 'Status page slug',
      placeholder: 'home',
      hint: 'The last part of the status page address: …/status/home → home.',
    },
    view: ({ uptimeKuma }) => ({
      url: uptimeKuma.url ?? '',
      secretSet: false,
      slug: uptimeKuma.slug ?? '',
      overridden: uptimeKuma.overridden,
      details: [],
    }),
  },
];

/** "MEDIANEST_OVERSEERR_API_KEY" for the Overseerr card's api_key field. */
export function envVariable(config: ServiceConfig, field: string): string {
  return `${config.envPrefix}_${field.toUpperCase()}`;
}
