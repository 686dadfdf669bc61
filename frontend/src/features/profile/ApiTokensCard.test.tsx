import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL } from '../../test/graphqlMock';
import { renderWithProviders } from '../../test/render';
import type { ApiToken } from './api';
import { ApiTokensCard } from './ApiTokensCard';
import { expiryFor } from './tokenScopes';

const token = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: '5',
  name: 'Home Assistant',
  prefix: 'mn_ab12',
  scopes: ['READ', 'REQUEST'],
  createdAt: '2026-01-01T10:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  ...overrides,
});

afterEach(() => vi.unstubAllGlobals());

describe('API tokens', () => {
  it('creates a token and shows its secret exactly once', async () => {
    const user = userEvent.setup();
    const created = token({ id: '9', name: 'Backup script', prefix: 'mn_zz99', scopes: ['READ', 'DOWNLOAD'] });
    const stored: ApiToken[] = [];
    const gql = mockGraphQL({
      MyApiTokens: () => ({ myApiTokens: stored }),
      CreateApiToken: () => {
        stored.push(created);
        return { createApiToken: { __typename: 'ApiTokenCreated', secret: 'mn_zz99_SECRET_VALUE', token: created } };
      },
    });
    renderWithProviders(<ApiTokensCard isAdmin={false} />);
    expect(await screen.findByText('No API tokens')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New token' }));
    const form = screen.getByRole('form', { name: 'New API token' });
    expect(within(form).getByRole('checkbox', { name: 'Admin' })).toBeDisabled();
    await user.type(within(form).getByLabelText('Name'), 'Backup script');
    await user.click(within(form).getByRole('checkbox', { name: 'Download' }));
    await user.selectOptions(within(form).getByLabelText('Expires'), 'never');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const secret = await screen.findByTestId('token-secret');
    expect(secret).toHaveTextContent('mn_zz99_SECRET_VALUE');
    expect(screen.getByText(/This is the only time it is shown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    expect(gql.callsTo('CreateApiToken')).toEqual([{ input: { name: 'Backup script', scopes: ['READ', 'DOWNLOAD'], expiresAt: null } }]);

    const row = screen.getAllByTestId('token-row')[0]!;
    expect(row).toHaveTextContent('Backup script');
    expect(row).toHaveTextContent('mn_zz99…');
    expect(row).not.toHaveTextContent('SECRET');

    await user.click(screen.getByRole('button', { name: "I've saved it" }));
    expect(screen.queryByTestId('token-secret')).not.toBeInTheDocument();
    expect(screen.queryByText(/mn_zz99_SECRET_VALUE/)).not.toBeInTheDocument();
  });

  it('sends the chosen expiry as a date and shows a server validation error next to its field', async () => {
    const user = userEvent.setup();
    const gql = mockGraphQL({
      MyApiTokens: () => ({ myApiTokens: [] }),
      CreateApiToken: () => ({
        createApiToken: { __typename: 'ValidationError', field: 'name', message: 'You already have a token with that name.' },
      }),
    });
    renderWithProviders(<ApiTokensCard isAdmin />);
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Home Assistant');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByText('You already have a token with that name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/You already have a token with that name/);
    expect(screen.queryByTestId('token-secret')).not.toBeInTheDocument();
    const sent = gql.callsTo('CreateApiToken')[0]!.input as { expiresAt: string };
    const expected = Date.parse(expiryFor('90')!);
    expect(Math.abs(Date.parse(sent.expiresAt) - expected)).toBeLessThan(60_000);
  });

  it('checks name and scopes before asking the server', async () => {
    const user = userEvent.setup();
    const gql = mockGraphQL({ MyApiTokens: () => ({ myApiTokens: [] }) });
    renderWithProviders(<ApiTokensCard isAdmin />);
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    await user.click(screen.getByRole('checkbox', { name: 'Read' }));
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(screen.getByText(/Give the token a name/)).toBeInTheDocument();
    expect(screen.getByText('Choose at least one scope.')).toBeInTheDocument();
    expect(gql.callsTo('CreateApiToken')).toHaveLength(0);
  });

  it('revokes a token only after confirmation', async () => {
    const user = userEvent.setup();
    const gql = mockGraphQL({
      MyApiTokens: () => ({ myApiTokens: [token()] }),
      RevokeApiToken: () => ({ revokeApiToken: true }),
    });
    renderWithProviders(<ApiTokensCard isAdmin />);
    await user.click(await screen.findByRole('button', { name: 'Revoke Home Assistant' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “Home Assistant”?' });
    expect(gql.callsTo('RevokeApiToken')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Token revoked')).toBeInTheDocument();
    expect(gql.callsTo('RevokeApiToken')).toEqual([{ id: '5' }]);
    expect(screen.queryByTestId('token-row')).not.toBeInTheDocument();
  });
});
