import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../test/graphqlMock';
import { renderWithProviders } from '../../test/render';
import type { NotificationSettings } from './api';
import type { NotificationChannel, NotificationPreference } from './keys';
import { NotificationPreferencesCard, toggleChannel } from './PreferencesCard';

const ALL_KINDS = [
  'ANNOUNCEMENT',
  'REQUEST_APPROVED',
  'REQUEST_DECLINED',
  'REQUEST_AVAILABLE',
  'DOWNLOAD_FINISHED',
  'DOWNLOAD_FAILED',
  'SERVICE_DOWN',
  'SERVICE_UP',
] as const;

function settings(availableChannels: NotificationChannel[], overrides: Partial<Record<string, Partial<NotificationPreference>>> = {}): NotificationSettings {
  return {
    availableChannels,
    preferences: ALL_KINDS.map((kind) => ({ kind, inApp: true, channels: [], ...overrides[kind] })),
  };
}

function renderCard(data: NotificationSettings) {
  const api = mockGraphQL({
    NotificationSettings: () => ({ notificationSettings: data }),
    SetNotificationPreference: (vars) => ({ setNotificationPreference: vars }),
  });
  renderWithProviders(<NotificationPreferencesCard />);
  return api;
}

const row = (name: string): HTMLElement => screen.getByRole('group', { name });

afterEach(() => vi.unstubAllGlobals());

describe('NotificationPreferencesCard', () => {
  it('lists every kind with a readable label and a checkbox per available channel', async () => {
    renderCard(settings(['WEBHOOK', 'DISCORD', 'EMAIL'], { DOWNLOAD_FAILED: { channels: ['DISCORD'] } }));
    const rows = await screen.findAllByTestId('preference-row');
    expect(screen.getByRole('region', { name: 'Notifications' })).toContainElement(rows[0]!);
    expect(rows.map((r) => r.dataset.kind)).toEqual([
      'REQUEST_APPROVED',
      'REQUEST_DECLINED',
      'REQUEST_AVAILABLE',
      'DOWNLOAD_FINISHED',
      'DOWNLOAD_FAILED',
      'SERVICE_DOWN',
      'SERVICE_UP',
      'ANNOUNCEMENT',
    ]);
    const failed = row('A download failed');
    expect(within(failed).getByRole('checkbox', { name: 'In the app' })).toBeChecked();
    expect(within(failed).getByRole('checkbox', { name: 'Discord' })).toBeChecked();
    expect(within(failed).getByRole('checkbox', { name: 'Webhook' })).not.toBeChecked();
    expect(within(failed).getByRole('checkbox', { name: 'Email' })).not.toBeChecked();
    expect(row('A request is available on Plex')).toBeInTheDocument();
    expect(row('A service is down')).toBeInTheDocument();
    expect(screen.queryByText(/has not set up/)).not.toBeInTheDocument();
  });

  it('saves a row as soon as it changes', async () => {
    const user = userEvent.setup();
    const api = renderCard(settings(['WEBHOOK', 'DISCORD']));
    await screen.findAllByTestId('preference-row');
    const down = row('A service is down');
    await user.click(within(down).getByRole('checkbox', { name: 'Discord' }));
    await waitFor(() =>
      expect(api.callsTo('SetNotificationPreference')).toEqual([{ kind: 'SERVICE_DOWN', inApp: true, channels: ['DISCORD'] }]),
    );
    expect(await within(down).findByText('Saved')).toBeInTheDocument();
    expect(within(down).getByRole('checkbox', { name: 'Discord' })).toBeChecked();
    await user.click(within(down).getByRole('checkbox', { name: 'In the app' }));
    await waitFor(() =>
      expect(api.callsTo('SetNotificationPreference')[1]).toEqual({ kind: 'SERVICE_DOWN', inApp: false, channels: ['DISCORD'] }),
    );
    await waitFor(() => expect(within(down).getByRole('checkbox', { name: 'In the app' })).not.toBeChecked());
  });

  it('shows a refusal next to its row and keeps what was stored', async () => {
    const user = userEvent.setup();
    const api = renderCard(settings(['EMAIL']));
    api.handlers.SetNotificationPreference = () =>
      gqlError('BAD_USER_INPUT', 'Add an email address to your profile first.', { field: 'channels' });
    await screen.findAllByTestId('preference-row');
    const available = row('A request is available on Plex');
    await user.click(within(available).getByRole('checkbox', { name: 'Email' }));
    expect(await within(available).findByText('Add an email address to your profile first.')).toBeInTheDocument();
    expect(available).toHaveAccessibleDescription('Add an email address to your profile first.');
    expect(within(available).getByRole('checkbox', { name: 'Email' })).not.toBeChecked();
    expect(within(row('A request was approved')).queryByText(/email address/)).not.toBeInTheDocument();
  });

  it('says when the admin has set up no channels', async () => {
    renderCard(settings([]));
    expect(await screen.findByText(/Your admin has not set up email, Discord or webhooks\./)).toBeInTheDocument();
    const approved = row('A request was approved');
    expect(within(approved).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(approved).getByRole('checkbox', { name: 'In the app' })).toBeChecked();
  });

  it('keeps channels in the server’s order, and ones no longer offered', () => {
    expect(toggleChannel(['EMAIL'], 'WEBHOOK', true, ['WEBHOOK', 'DISCORD', 'EMAIL'])).toEqual(['WEBHOOK', 'EMAIL']);
    expect(toggleChannel(['EMAIL', 'DISCORD'], 'DISCORD', false, ['DISCORD'])).toEqual(['EMAIL']);
  });
});
