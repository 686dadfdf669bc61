import type { NotificationChannelsInput } from '../../../gql/graphql';
import type { NotificationChannels } from './api';

export type ChannelsField =
  | 'webhookUrl'
  | 'webhookSecret'
  | 'discordUrl'
  | 'smtpHost'
  | 'smtpPort'
  | 'smtpUsername'
  | 'smtpPassword'
  | 'smtpFrom'
  | 'smtpStarttls';

export const CHANNELS_FIELDS: ChannelsField[] = [
  'webhookUrl',
  'webhookSecret',
  'discordUrl',
  'smtpHost',
  'smtpPort',
  'smtpUsername',
  'smtpPassword',
  'smtpFrom',
  'smtpStarttls',
];

/**
 * The input a server error names in `extensions.field`. This mutation names them as stored
 * (`webhook_url`); the camelCase input names are accepted too.
 */
export function channelsFieldFrom(name: string | null): ChannelsField | null {
  if (!name) return null;
  const camel = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return (CHANNELS_FIELDS as string[]).includes(camel) ? (camel as ChannelsField) : null;
}

/** A write-only value: what is typed (empty keeps the stored one) or, with `clear`, removed on save. */
export interface SecretDraft {
  value: string;
  clear: boolean;
}

export interface ChannelsDraft {
  webhookUrl: string;
  webhookSecret: SecretDraft;
  discordUrl: SecretDraft;
  smtpHost: string;
  smtpPort: string;
  smtpUsername: string;
  smtpPassword: SecretDraft;
  smtpFrom: string;
  smtpStarttls: boolean;
}

const KEEP: SecretDraft = { value: '', clear: false };

export function channelsDraftFrom(stored: NotificationChannels): ChannelsDraft {
  return {
    webhookUrl: stored.webhookUrl ?? '',
    webhookSecret: KEEP,
    discordUrl: KEEP,
    smtpHost: stored.smtpHost ?? '',
    smtpPort: String(stored.smtpPort),
    smtpUsername: stored.smtpUsername ?? '',
    smtpPassword: KEEP,
    smtpFrom: stored.smtpFrom ?? '',
    smtpStarttls: stored.smtpStarttls,
  };
}

/** null keeps the stored secret, "" clears it, anything else replaces it. */
function secretInput(draft: SecretDraft, trim: boolean): string | null {
  if (draft.clear) return '';
  const value = trim ? draft.value.trim() : draft.value;
  return value === '' ? null : value;
}

const HTTP = /^https?:\/\/\S+$/i;

/** "587" → 587; null unless it is a whole number from 1 to 65535. */
export function parsePort(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port >= 1 && port <= 65535 ? port : null;
}

/**
 * The mutation input for a draft, or what keeps it from being sent. Plain fields are always sent (an
 * empty one clears it); write-only ones only when typed or cleared.
 */
export function buildChannelsInput(
  draft: ChannelsDraft,
): { input: NotificationChannelsInput; errors: null } | { input: null; errors: Partial<Record<ChannelsField, string>> } {
  const errors: Partial<Record<ChannelsField, string>> = {};
  const webhookUrl = draft.webhookUrl.trim();
  if (webhookUrl && !HTTP.test(webhookUrl)) errors.webhookUrl = 'Start the address with http:// or https://.';
  const discordUrl = secretInput(draft.discordUrl, true);
  if (discordUrl && !HTTP.test(discordUrl)) errors.discordUrl = 'Paste the whole webhook address, starting with https://.';
  const smtpPort = parsePort(draft.smtpPort);
  if (smtpPort === null) errors.smtpPort = 'Enter a port from 1 to 65535, such as 587.';
  const smtpFrom = draft.smtpFrom.trim();
  if (smtpFrom && !/^[^\s@]+@[^\s@]+$|<[^\s@]+@[^\s@]+>$/.test(smtpFrom)) {
    errors.smtpFrom = 'Enter an email address, such as medianest@example.com.';
  }
  if (Object.keys(errors).length > 0 || smtpPort === null) return { input: null, errors };
  return {
    input: {
      webhookUrl,
      webhookSecret: secretInput(draft.webhookSecret, true),
      discordUrl,
      smtpHost: draft.smtpHost.trim(),
      smtpPort,
      smtpUsername: draft.smtpUsername.trim(),
      smtpPassword: secretInput(draft.smtpPassword, false),
      smtpFrom,
      smtpStarttls: draft.smtpStarttls,
    },
    errors: null,
  };
}

/** Whether saving would change anything. */
export function isChannelsDirty(draft: ChannelsDraft, stored: NotificationChannels): boolean {
  const base = channelsDraftFrom(stored);
  const secretChanged = (s: SecretDraft): boolean => s.clear || s.value !== '';
  return (
    draft.webhookUrl.trim() !== base.webhookUrl ||
    draft.smtpHost.trim() !== base.smtpHost ||
    draft.smtpPort.trim() !== base.smtpPort ||
    draft.smtpUsername.trim() !== base.smtpUsername ||
    draft.smtpFrom.trim() !== base.smtpFrom ||
    draft.smtpStarttls !== base.smtpStarttls ||
    secretChanged(draft.webhookSecret) ||
    secretChanged(draft.discordUrl) ||
    secretChanged(draft.smtpPassword)
  );
}
