import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../test/graphqlMock';
import { renderWithProviders } from '../../test/render';
import { NotificationPreferencesCard } from '../notifications/PreferencesCard';
import { EmailCard } from './EmailCard';

afterEach(() => vi.unstubAllGlobals());

function renderCard(email: string | null) {
  let stored = email;
  const api = mockGraphQL({
    MyEmail: () => ({ me: { id: '1', email: stored } }),
    UpdateMyEmail: ({ email: value }) => {
      const next = String(value);
      if (next && !next.includes('@')) {
        return { updateMyEmail: { __typename: 'ValidationError', message: 'That is not an email address.', field: 'email' } };
      }
      stored = next || null;
      return { updateMyEmail: { __typename: 'UserUpdated', user: { id: '1', email: stored } } };
    },
  });
  renderWithProviders(<EmailCard />);
  return api;
}

const emailBox = () => screen.getByRole('textbox', { name: 'Email' });

describe('EmailCard', () => {
  it('shows the current address and saves a new one', async () => {
    const user = userEvent.setup();
    const api = renderCard('olivia@example.com');
    const card = await screen.findByRole('region', { name: 'Email address' });
    await waitFor(() => expect(emailBox()).toHaveValue('olivia@example.com'));
    const save = within(card).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    await user.clear(emailBox());
    await user.type(emailBox(), ' liv@example.org ');
    await user.click(save);
    await waitFor(() => expect(api.callsTo('UpdateMyEmail')).toEqual([{ email: 'liv@example.org' }]));
    expect(await screen.findByText('Email saved')).toBeInTheDocument();
    await waitFor(() => expect(emailBox()).toHaveValue('liv@example.org'));
    expect(within(card).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows a ValidationError under the field, and other refusals above Save', async () => {
    const user = userEvent.setup();
    const api = renderCard(null);
    await screen.findByRole('region', { name: 'Email address' });
    await waitFor(() => expect(emailBox()).toHaveValue(''));
    await user.type(emailBox(), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('That is not an email address.');
    expect(emailBox()).toHaveAttribute('aria-invalid', 'true');
    expect(emailBox()).toHaveAccessibleDescription(/That is not an email address\./);

    await user.clear(emailBox());
    expect(emailBox()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    api.handlers.UpdateMyEmail = () => gqlError('RATE_LIMITED', 'Too many changes: try again in a minute.');
    await user.type(emailBox(), 'a@b.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not savedToo many changes: try again in a minute.');
  });
});

describe('EmailCard: removing the address', () => {
  it('sends an empty address', async () => {
    const user = userEvent.setup();
    const api = renderCard('olivia@example.com');
    await waitFor(() => expect(emailBox()).toHaveValue('olivia@example.com'));
    await user.clear(emailBox());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Email removed')).toBeInTheDocument();
    expect(api.callsTo('UpdateMyEmail')).toEqual([{ email: '' }]);
    await waitFor(() => expect(emailBox()).toHaveValue(''));
  });
});

describe('Email notifications without an address', () => {
  it('point to the Email field', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      MyEmail: () => ({ me: { id: '1', email: null } }),
      NotificationSettings: () => ({
        notificationSettings: {
          availableChannels: ['EMAIL'],
          preferences: [{ kind: 'REQUEST_AVAILABLE', inApp: true, channels: [] }],
        },
      }),
      SetNotificationPreference: () => gqlError('BAD_USER_INPUT', 'Add an email address to your profile first.', { field: 'channels' }),
    });
    renderWithProviders(
      <>
        <EmailCard />
        <NotificationPreferencesCard />
      </>,
    );
    const row = await screen.findByRole('group', { name: 'A request is available on Plex' });
    await waitFor(() => expect(emailBox()).toBeInTheDocument());
    await user.click(within(row).getByRole('checkbox', { name: 'Email' }));
    expect(await within(row).findByText('Add an email address to your profile first.')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Add your email address' }));
    expect(emailBox()).toHaveFocus();
  });
});
