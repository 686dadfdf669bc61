import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../../test/graphqlMock';
import { renderWithProviders } from '../../../test/render';
import type { AdminUser } from './api';
import { UserForm } from './UserForm';

const alice: AdminUser = {
  id: '7',
  username: 'alice',
  displayName: 'Alice Example',
  email: 'alice@example.com',
  avatarUrl: null,
  role: 'USER',
  isAdmin: false,
  isOwner: false,
  active: true,
  permissions: ['REQUEST'],
  requestsPerWeek: null,
  downloadsPerDay: 3,
  createdAt: '2026-01-01T10:00:00Z',
  lastSeenAt: null,
};

const admin = { id: '1', isAdmin: true };

afterEach(() => vi.unstubAllGlobals());

describe('UserForm', () => {
  it('sends only what changed, a quota on "Use default" as null', async () => {
    const user = userEvent.setup();
    const gql = mockGraphQL({ UpdateUser: () => ({ updateUser: { __typename: 'UserUpdated', user: alice } }) });
    renderWithProviders(<UserForm user={alice} viewer={admin} defaults={{ requestsPerWeek: 10, downloadsPerDay: 20 }} />);
    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Download videos' }));
    const downloads = screen.getByRole('group', { name: 'Quotas' });
    await user.click(within(downloads).getByRole('checkbox', { name: 'Use default (20)' }));
    await user.click(save);

    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(gql.callsTo('UpdateUser')).toEqual([{ id: '7', input: { permissions: ['REQUEST', 'DOWNLOAD'], downloadsPerDay: null } }]);
  });

  it('shows a validation error from the server next to its field', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      UpdateUser: () => ({ updateUser: { __typename: 'ValidationError', field: 'requestsPerWeek', message: 'Quotas are between 0 and 10000.' } }),
    });
    renderWithProviders(<UserForm user={alice} viewer={admin} defaults={null} />);
    const quotas = screen.getByRole('group', { name: 'Quotas' });
    await user.click(within(quotas).getAllByRole('checkbox', { name: 'Use default' })[0]!);
    const requests = screen.getByLabelText('Requests per week');
    await user.type(requests, '20000');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Quotas are between 0 and 10000.')).toBeInTheDocument();
    expect(requests).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveAccessibleDescription('Quotas are between 0 and 10000.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('catches a quota that is not a number before sending', async () => {
    const user = userEvent.setup();
    const gql = mockGraphQL({});
    renderWithProviders(<UserForm user={alice} viewer={admin} />);
    const downloads = screen.getByLabelText('Downloads per day');
    await user.clear(downloads);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(downloads).toHaveAccessibleDescription(/Enter a whole number/);
    expect(gql.calls).toHaveLength(0);
  });

  it('shows FORBIDDEN from the server as a form-level alert', async () => {
    const user = userEvent.setup();
    mockGraphQL({ UpdateUser: () => gqlError('FORBIDDEN', 'Only admins can change roles.', { field: 'role' }) });
    renderWithProviders(<UserForm user={alice} viewer={admin} />);
    await user.selectOptions(screen.getByLabelText('Role'), 'ADMIN');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('Only admins can change roles.');
  });

  it('keeps the owner an active admin and hides role editing from non-admin managers', () => {
    mockGraphQL({});
    const owner: AdminUser = { ...alice, id: '1', role: 'ADMIN', isAdmin: true, isOwner: true };
    const { unmount } = renderWithProviders(<UserForm user={owner} viewer={admin} />);
    expect(screen.getByLabelText('Role')).toBeDisabled();
    expect(screen.queryByRole('switch', { name: 'Active' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<UserForm user={alice} viewer={{ id: '3', isAdmin: false }} />);
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
    expect(screen.getByText(/Only admins change roles/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Active' })).toBeEnabled();
  });
});
