import { useId, useState } from 'react';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { ErrorState } from '../../components/ErrorState';
import { Checkbox, FieldError } from '../../components/form';
import { CheckIcon, SpinnerIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import { errorField, errorSentence } from '../../lib/errors';
import { focusEmailField } from '../profile/EmailCard';
import { useNotificationSettings, useSetNotificationPreference } from './api';
import type { NotificationChannel, NotificationPreference } from './keys';
import { channelLabel, KIND_ORDER, kindLabel } from './kinds';

export const NO_CHANNELS = 'Your admin has not set up email, Discord or webhooks.';

/** Preferences in a stable order: the known kinds first, then any the server adds later. */
export function sortPreferences(preferences: NotificationPreference[]): NotificationPreference[] {
  const rank = (p: NotificationPreference): number => {
    const index = KIND_ORDER.indexOf(p.kind);
    return index === -1 ? KIND_ORDER.length : index;
  };
  return [...preferences].sort((a, b) => rank(a) - rank(b));
}

/** A preference with one channel switched on or off (kept in the order the server lists channels). */
export function toggleChannel(
  channels: readonly NotificationChannel[],
  channel: NotificationChannel,
  on: boolean,
  order: readonly NotificationChannel[],
): NotificationChannel[] {
  const set = new Set(channels);
  if (on) set.add(channel);
  else set.delete(channel);
  const known = order.filter((c) => set.has(c));
  // Channels the admin has since removed stay as they were stored.
  return [...known, ...[...set].filter((c) => !order.includes(c))];
}

/**
 * One kind of notification: in the app, and each outbound channel the admin set up. Every change saves
 * the whole row at once (changes to one row are sent one after another); a refusal is shown under it.
 */
function PreferenceRow({ preference, channels }: { preference: NotificationPreference; channels: NotificationChannel[] }) {
  const id = useId();
  const save = useSetNotificationPreference(preference.kind);
  const [error, setError] = useState<{ message: string; needsEmail: boolean } | null>(null);
  // Show what is being saved right away; the stored value comes back with the answer (or stays on failure).
  const current = save.isPending && save.variables ? save.variables : preference;
  const label = kindLabel(preference.kind);

  const change = (next: { inApp: boolean; channels: NotificationChannel[] }): void => {
    setError(null);
    // Email needs an address on the profile: the refusal then points to the Email field.
    const addsEmail = next.channels.includes('EMAIL') && !current.channels.includes('EMAIL');
    save.mutate(
      { kind: preference.kind, ...next },
      { onError: (e) => setError({ message: errorSentence(e), needsEmail: addsEmail && errorField(e) === 'channels' }) },
    );
  };

  return (
    <li className="px-4 py-3.5 sm:px-5">
      <div
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="preference-row"
        data-kind={preference.kind}
        className="flex flex-col gap-2.5 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
      >
        <div className="min-w-0 sm:pt-0.5">
          <p id={`${id}-label`} className="text-sm font-medium text-fg">
            {label}
          </p>
          <p role="status" className="mt-0.5 flex items-center gap-1 text-xs text-fg-subtle empty:hidden">
            {save.isPending ? (
              <>
                <SpinnerIcon size={12} /> Saving…
              </>
            ) : save.isSuccess ? (
              <>
                <CheckIcon size={12} /> Saved
              </>
            ) : null}
          </p>
          {error ? <FieldError id={`${id}-error`}>{error.message}</FieldError> : null}
          {error?.needsEmail ? (
            <button
              type="button"
              onClick={() => focusEmailField()}
              className="mt-1 ml-5.5 rounded text-sm font-medium text-accent-text hover:underline"
            >
              Add your email address
            </button>
          ) : null}
        </div>
        <div className="flex shrink-0 flex-wrap gap-x-5 gap-y-2">
          <Checkbox
            label="In the app"
            checked={current.inApp}
            onChange={(inApp) => change({ inApp, channels: [...current.channels] })}
          />
          {channels.map((channel) => (
            <Checkbox
              key={channel}
              label={channelLabel(channel)}
              checked={current.channels.includes(channel)}
              onChange={(on) => change({ inApp: current.inApp, channels: toggleChannel(current.channels, channel, on, channels) })}
            />
          ))}
        </div>
      </div>
    </li>
  );
}

/** The profile's "Notifications" card: for each kind, in the app and by which outbound channels. */
export function NotificationPreferencesCard() {
  const settings = useNotificationSettings();

  let content;
  if (settings.isPending) {
    content = (
      <div role="status" aria-busy="true" className="space-y-5 px-4 py-5 sm:px-5">
        <span className="sr-only">Loading your notification settings…</span>
        {[0, 1, 2].map((i) => (
          <div key={i} aria-hidden="true" className="flex items-center justify-between gap-4">
            <Skeleton className="h-4 w-56 max-w-full" />
            <Skeleton className="h-4 w-24" />
          </div>
        ))}
      </div>
    );
  } else if (settings.isError) {
    content = (
      <ErrorState
        error={settings.error}
        title="Couldn't load your notification settings"
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  } else {
    const { preferences, availableChannels } = settings.data;
    content = (
      <>
        <p className="px-4 pt-4 text-sm text-fg-muted sm:px-5">
          Choose what you hear about, and where. Changes are saved as you make them.
        </p>
        {availableChannels.length === 0 ? (
          <Alert tone="info" className="mx-4 mt-3 sm:mx-5">
            {NO_CHANNELS} Until then, notifications only show up in the app.
          </Alert>
        ) : null}
        <ul aria-label="Notification settings" className="mt-2 divide-y divide-line">
          {sortPreferences(preferences).map((p) => (
            <PreferenceRow key={p.kind} preference={p} channels={availableChannels} />
          ))}
        </ul>
      </>
    );
  }

  return (
    <Card title="Notifications" headingId="notification-settings-heading">
      {content}
    </Card>
  );
}
