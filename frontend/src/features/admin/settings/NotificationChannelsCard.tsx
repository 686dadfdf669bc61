import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { Card } from '../../../components/Card';
import { Checkbox, Field, inputClasses } from '../../../components/form';
import { CheckCircleIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast/context';
import type { NotificationChannelsInput } from '../../../gql/graphql';
import { errorField, errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { notificationKeys } from '../../notifications/keys';
import { notificationChannelsKey, UpdateNotificationChannelsMutation, useNotificationChannels, type NotificationChannels } from './api';
import {
  buildChannelsInput,
  channelsDraftFrom,
  channelsFieldFrom,
  isChannelsDirty,
  type ChannelsDraft,
  type ChannelsField,
  type SecretDraft,
} from './notificationChannels';
import { SaveFooter, SettingsSection } from './parts';

type Errors = Partial<Record<ChannelsField, string>>;
type SecretField = 'webhookSecret' | 'discordUrl' | 'smtpPassword';
type TextField = 'webhookUrl' | 'smtpHost' | 'smtpPort' | 'smtpUsername' | 'smtpFrom';

const HEADING_ID = 'settings-notification-channels-heading';

function Group({ legend, configured, children }: { legend: string; configured: boolean; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-line px-4 pt-2 pb-4">
      <legend className="flex items-center gap-2 px-1 text-sm font-semibold text-fg">
        {legend}
        <Badge tone={configured ? 'success' : 'neutral'}>{configured ? 'Set up' : 'Not set up'}</Badge>
      </legend>
      {children}
    </fieldset>
  );
}

/** The generic webhook, Discord and SMTP email: where notifications go besides the app. */
export function NotificationChannelsCard({ channels }: { channels: NotificationChannels }) {
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<ChannelsDraft>(() => channelsDraftFrom(channels));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = <K extends keyof ChannelsDraft>(key: K, value: ChannelsDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = useMutation({
    mutationFn: (input: NotificationChannelsInput) =>
      request(UpdateNotificationChannelsMutation, { input }).then((d) => d.updateNotificationChannels),
    onSuccess: (saved) => {
      // The card remounts with the stored values (it is keyed by them); secrets never come back.
      client.setQueryData(notificationChannelsKey, saved);
      // Which channels people can pick on their profile may have changed.
      void client.invalidateQueries({ queryKey: notificationKeys.settings() });
      toast.show({ variant: 'success', title: 'Notification channels saved' });
    },
    onError: (error) => {
      // Validation errors come back as GraphQL errors naming the input in `extensions.field`.
      const field = channelsFieldFrom(errorField(error));
      if (field) setErrors({ [field]: errorSentence(error) });
      else setFormError(errorSentence(error));
    },
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setFormError(null);
    const built = buildChannelsInput(draft);
    if (built.errors) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    save.mutate(built.input);
  };

  const text = (
    key: TextField,
    label: string,
    options: { hint?: ReactNode; placeholder?: string; type?: string; inputMode?: 'url' | 'numeric' | 'email'; autoComplete?: string } = {},
  ) => (
    <Field label={label} hint={options.hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          spellCheck={false}
          value={draft[key]}
          placeholder={options.placeholder}
          onChange={(e) => set(key, e.target.value)}
          className={inputClasses(Boolean(errors[key]))}
        />
      )}
    </Field>
  );

  /** A write-only value: never shown once saved; "set" state, Clear, and an empty box that keeps it. */
  const secret = (key: SecretField, label: string, isSet: boolean, hint: string, placeholder: string) => {
    const value: SecretDraft = draft[key];
    return (
      <Field
        label={label}
        error={errors[key]}
        hint={value.clear ? `The stored ${label.toLowerCase()} is removed when you save.` : hint}
        labelAction={
          isSet ? (
            <span className="flex items-center gap-2">
              <Badge tone="success" icon={<CheckCircleIcon size={12} />}>
                Set
              </Badge>
              <button
                type="button"
                aria-label={value.clear ? `Keep the ${label.toLowerCase()}` : `Clear the ${label.toLowerCase()}`}
                onClick={() => set(key, { value: '', clear: !value.clear })}
                className="rounded text-xs font-medium text-accent-text hover:underline"
              >
                {value.clear ? 'Undo clear' : 'Clear'}
              </button>
            </span>
          ) : null
        }
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={value.value}
            disabled={value.clear}
            placeholder={value.clear ? 'Will be removed' : isSet ? '•••• stored' : placeholder}
            onChange={(e) => set(key, { value: e.target.value, clear: false })}
            className={inputClasses(Boolean(errors[key]))}
          />
        )}
      </Field>
    );
  };

  return (
    <Card title="Notification channels" headingId={HEADING_ID}>
      <form onSubmit={submit} noValidate aria-labelledby={HEADING_ID} className="space-y-5 px-4 py-5 sm:px-5">
        <p className="text-sm text-fg-muted">
          Where notifications can go besides the app. Each person picks which ones they want on their profile page.
          Secrets are stored encrypted and never shown again.
        </p>

        <Group legend="Webhook" configured={Boolean(channels.webhookUrl)}>
          {text('webhookUrl', 'Webhook URL', {
            type: 'url',
            inputMode: 'url',
            placeholder: 'https://example.com/hooks/medianest',
            hint: 'MediaNest POSTs each notification there as JSON. Leave it empty to turn the webhook off.',
          })}
          {secret(
            'webhookSecret',
            'Signing secret',
            channels.webhookSecretSet,
            'Optional, but recommended: lets the receiver check that a delivery really comes from MediaNest.',
            'A long random string',
          )}
          <div className="rounded-lg bg-surface-muted px-3.5 py-3 text-xs text-fg-muted" data-testid="webhook-signing">
            <p>
              With a signing secret, every delivery is signed with HMAC-SHA256: the{' '}
              <code className="font-mono text-fg">X-MediaNest-Signature</code> header holds{' '}
              <code className="font-mono text-fg">sha256=&lt;hex&gt;</code>, computed with the secret over{' '}
              <code className="font-mono text-fg">&lt;X-MediaNest-Timestamp&gt;.&lt;body&gt;</code> (the{' '}
              <code className="font-mono text-fg">X-MediaNest-Timestamp</code> header, a dot, then the raw request body).
            </p>
            <p className="mt-1.5">
              Recompute it on your side, compare in constant time, and refuse old timestamps so a captured delivery can't be
              replayed.
            </p>
          </div>
        </Group>

        <Group legend="Discord" configured={channels.discordUrlSet}>
          {secret(
            'discordUrl',
            'Discord webhook URL',
            channels.discordUrlSet,
            'In Discord: Server settings → Integrations → Webhooks → New webhook → Copy webhook URL. The address holds its own token, so it is stored like a secret.',
            'https://discord.com/api/webhooks/…',
          )}
        </Group>

        <Group legend="Email (SMTP)" configured={Boolean(channels.smtpHost && channels.smtpFrom)}>
          <p className="text-xs text-fg-subtle">Email needs at least a host and a from address. People also need an email address on their profile.</p>
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            {text('smtpHost', 'SMTP host', { placeholder: 'smtp.example.com' })}
            {text('smtpPort', 'Port', { inputMode: 'numeric', placeholder: '587', hint: 'Usually 587.' })}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {text('smtpUsername', 'Username', { hint: 'Leave it empty when the server needs no sign-in.' })}
            {secret('smtpPassword', 'Password', channels.smtpPasswordSet, 'Only needed with a username.', 'SMTP password')}
          </div>
          {text('smtpFrom', 'From address', {
            inputMode: 'email',
            placeholder: 'MediaNest <medianest@example.com>',
            hint: 'Who the emails come from.',
          })}
          <Checkbox
            label="Use STARTTLS"
            description="Upgrade the connection to TLS before signing in (most servers on port 587 want this)."
            checked={draft.smtpStarttls}
            onChange={(value) => set('smtpStarttls', value)}
          />
        </Group>

        <SaveFooter formError={formError} saving={save.isPending} dirty={isChannelsDirty(draft, channels)} />
      </form>
    </Card>
  );
}

/** Loads the channels on their own, so the rest of the settings page never waits for them. */
export function NotificationChannelsSection() {
  return (
    <SettingsSection
      query={useNotificationChannels()}
      title="Notification channels"
      headingId={HEADING_ID}
      loadingLabel="Loading the notification channels…"
      skeleton={['h-4 w-40', 'mt-6 h-4 w-24', 'mt-2 h-10 w-full rounded-lg', 'mt-5 h-4 w-24', 'mt-2 h-10 w-full rounded-lg']}
      errorTitle="Couldn't load the notification channels"
    >
      {(channels) => <NotificationChannelsCard key={JSON.stringify(channels)} channels={channels} />}
    </SettingsSection>
  );
}
