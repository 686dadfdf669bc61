import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import type { NotificationChannels } from './api';
import { NotificationChannelsSection } from './NotificationChannelsCard';
import { buildChannelsInput, channelsDraftFrom, channelsFieldFrom, isChannelsDirty, parsePort } from './notificationChannels';

const stored = (overrides: Partial<NotificationChannels> = {}): NotificationChannels => ({
  webhookUrl: 'https://hooks.example.com/medianest',
  webhookSecretSet: true,
  discordUrlSet: false,
  smtpHost: null,
  smtpPort: 587,
  smtpUsername: null,
  smtpPasswordSet: false,
  smtpFrom: null,
  smtpStarttls: true,
  ...overrides,
});

afterEach(() => vi.unstubAllGlobals());

describe('notification channel helpers', () => {
  it('keeps untouched secrets (null), clears with "", and checks addresses and the port', () => {
    const draft = channelsDraftFrom(stored());
    expect(isChannelsDirty(draft, stored())).toBe(false);
    expect(buildChannelsInput(draft)).toEqual({
      errors: null,
      input: {
        webhookUrl: 'https://hooks.example.com/medianest',
        webhookSecret: null,
        discordUrl: null,
        smtpHost: '',
        smtpPort: 587,
        smtpUsername: '',
        smtpPassword: null,
        smtpFrom: '',
        smtpStarttls: true,
      },
    });
    expect(buildChannelsInput({ ...draft, webhookSecret: { value: '', clear: true } }).input?.webhookSecret).toBe('');
    expect(buildChannelsInput({ ...draft, webhookUrl: 'hooks.example.com', smtpPort: '99999', smtpFrom: 'nobody' }).errors).toEqual({
      webhookUrl: 'Start the address with http:// or https://.',
      smtpPort: 'Enter a port from 1 to 65535, such as 587.',
      smtpFrom: 'Enter an email address, such as medianest@example.com.',
    });
    expect(buildChannelsInput({ ...draft, smtpFrom: 'MediaNest <mn@example.com>' }).errors).toBeNull();
    expect(parsePort(' 465 ')).toBe(465);
    expect(parsePort('0')).toBeNull();
    expect(channelsFieldFrom('webhook_url')).toBe('webhookUrl');
    expect(channelsFieldFrom('discordUrl')).toBe('discordUrl');
    expect(channelsFieldFrom('nope')).toBeNull();
  });
});

describe('NotificationChannelsCard', () => {
  function renderCard(channels = stored()) {
    const api = mockGraphQL({
      NotificationChannels: () => ({ notificationChannels: channels }),
      UpdateNotificationChannels: ({ input }) => {
        const i = input as { discordUrl: string | null; smtpHost: string; smtpFrom: string; smtpPassword: string | null };
        return {
          updateNotificationChannels: {
            ...channels,
            discordUrlSet: i.discordUrl === null ? channels.discordUrlSet : i.discordUrl !== '',
            smtpHost: i.smtpHost || null,
            smtpFrom: i.smtpFrom || null,
            smtpPasswordSet: i.smtpPassword === null ? channels.smtpPasswordSet : i.smtpPassword !== '',
          },
        };
      },
    });
    renderWithProviders(<NotificationChannelsSection />, { me: makeViewer() });
    return api;
  }

  it('shows what is set, explains webhook signing, and saves email settings', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    const form = await screen.findByRole('form', { name: 'Notification channels' });
    expect(within(form).getByLabelText('Webhook URL')).toHaveValue('https://hooks.example.com/medianest');
    const secret = within(form).getByLabelText('Signing secret');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveValue('');
    expect(secret).toHaveAttribute('placeholder', '•••• stored');
    expect(within(form).getByLabelText('Discord webhook URL')).not.toHaveAttribute('placeholder', '•••• stored');
    const signing = within(form).getByTestId('webhook-signing');
    expect(signing).toHaveTextContent('HMAC-SHA256');
    expect(signing).toHaveTextContent('X-MediaNest-Signature');
    expect(signing).toHaveTextContent('<X-MediaNest-Timestamp>.<body>');
    expect(within(form).getByRole('checkbox', { name: 'Use STARTTLS' })).toBeChecked();
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();

    // Pasted rather than typed key by key: the same events for a form, much faster.
    const fill = async (label: string, text: string): Promise<void> => {
      await user.clear(within(form).getByLabelText(label));
      await user.paste(text);
    };
    await fill('SMTP host', 'smtp.example.com');
    await fill('Port', '465');
    await fill('Username', 'mailer');
    await fill('Password', ' s3cret ');
    await fill('From address', 'medianest@example.com');
    await user.click(within(form).getByRole('checkbox', { name: 'Use STARTTLS' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.callsTo('UpdateNotificationChannels')).toEqual([
        {
          input: {
            webhookUrl: 'https://hooks.example.com/medianest',
            webhookSecret: null,
            discordUrl: null,
            smtpHost: 'smtp.example.com',
            smtpPort: 465,
            smtpUsername: 'mailer',
            smtpPassword: ' s3cret ',
            smtpFrom: 'medianest@example.com',
            smtpStarttls: false,
          },
        },
      ]),
    );
    expect(await screen.findByText('Notification channels saved')).toBeInTheDocument();
    // Remounted with what is stored now: the password is set and never shown.
    const saved = screen.getByRole('form', { name: 'Notification channels' });
    expect(within(saved).getByLabelText('Password')).toHaveValue('');
    expect(within(saved).getByLabelText('Password')).toHaveAttribute('placeholder', '•••• stored');
  });

  it('clears a stored secret with an empty value', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    const form = await screen.findByRole('form', { name: 'Notification channels' });
    await user.click(within(form).getByRole('button', { name: 'Clear the signing secret' }));
    expect(within(form).getByLabelText('Signing secret')).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('UpdateNotificationChannels')[0]).toMatchObject({ input: { webhookSecret: '' } }));
  });

  it('puts a server complaint next to the field it names', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    api.handlers.UpdateNotificationChannels = () => gqlError('BAD_USER_INPUT', 'Use an http(s) address.', { field: 'discord_url' });
    const form = await screen.findByRole('form', { name: 'Notification channels' });
    const discord = within(form).getByLabelText('Discord webhook URL');
    await user.click(discord);
    await user.paste('https://discord.com/api/webhooks/1/abc');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByTestId('field-error')).toHaveTextContent('Use an http(s) address.');
    expect(discord).toHaveAttribute('aria-invalid', 'true');

    api.handlers.UpdateNotificationChannels = () => gqlError('FORBIDDEN', 'Only people who manage settings can change this.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Not savedOnly people who manage settings can change this.');
  });
});
