import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import type { ServiceSettings } from './api';
import { SettingsPage } from './SettingsPage';

const settings = (overrides: Partial<ServiceSettings> = {}): ServiceSettings => ({
  plex: {
    url: 'http://plex.lan:32400',
    tokenSet: true,
    machineIdentifier: 'abc123',
    serverName: 'Olivia’s Plex',
    overridden: ['url', 'token'],
  },
  overseerr: { url: 'http://overseerr.lan:5055', apiKeySet: true, overridden: [] },
  uptimeKuma: { url: null, slug: null, overridden: [] },
  userDefaults: { permissions: ['REQUEST', 'DOWNLOAD'], requestsPerWeek: 10, downloadsPerDay: 20 },
  ...overrides,
});

function renderPage(data = settings()) {
  const gql = mockGraphQL({ ServiceSettings: () => ({ serviceSettings: data }) });
  const utils = renderWithProviders(<SettingsPage />, { me: makeViewer() });
  return { gql, ...utils };
}

const form = (name: string) => screen.getByRole('form', { name });

afterEach(() => vi.unstubAllGlobals());

describe('Settings page', () => {
  it('shows fields set by environment variables as read-only, naming the variable', async () => {
    renderPage();
    const plex = await screen.findByRole('form', { name: 'Plex' });
    const url = within(plex).getByLabelText('Server URL');
    expect(url).toHaveValue('http://plex.lan:32400');
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveAccessibleDescription('Set by the MEDIANEST_PLEX_URL environment variable');
    const token = within(plex).getByLabelText('Plex token');
    expect(token).toHaveAttribute('readonly');
    expect(token).toHaveAccessibleDescription('Set by the MEDIANEST_PLEX_TOKEN environment variable');
    expect(within(plex).queryByRole('button', { name: 'Clear' })).not.toBeInTheDocument();
    expect(within(plex).getByText('Olivia’s Plex')).toBeInTheDocument();

    const overseerr = form('Overseerr / Seerr');
    expect(within(overseerr).getByLabelText('Server URL')).not.toHaveAttribute('readonly');
    expect(within(overseerr).getByLabelText('API key')).toHaveAttribute('placeholder', '•••• stored');
    expect(within(overseerr).getByLabelText('API key')).toHaveAttribute('type', 'password');
  });

  it('tests the connection with what is typed and shows the exact result', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.TestConnection = ({ service }) => ({
      testConnection:
        service === 'OVERSEERR'
          ? { service, ok: false, message: 'Overseerr answered 401: the API key was refused.' }
          : { service, ok: true, message: 'Connected to Plex (version 1.41.3).' },
    });
    const overseerr = await screen.findByRole('form', { name: 'Overseerr / Seerr' });
    await user.clear(within(overseerr).getByLabelText('Server URL'));
    await user.type(within(overseerr).getByLabelText('Server URL'), 'http://10.0.0.5:5055');
    await user.type(within(overseerr).getByLabelText('API key'), 'new-key');
    await user.click(screen.getByRole('button', { name: 'Test Overseerr connection' }));

    const result = await screen.findByTestId('test-result-overseerr');
    expect(result).toHaveAttribute('data-ok', 'false');
    expect(result).toHaveTextContent('Overseerr answered 401: the API key was refused.');
    expect(gql.callsTo('TestConnection')).toEqual([
      { service: 'OVERSEERR', input: { url: 'http://10.0.0.5:5055', secret: 'new-key', slug: null } },
    ]);

    await user.click(screen.getByRole('button', { name: 'Test Plex connection' }));
    const plexResult = await screen.findByTestId('test-result-plex');
    expect(plexResult).toHaveAttribute('data-ok', 'true');
    expect(plexResult).toHaveTextContent('Connected to Plex (version 1.41.3).');
    // An empty secret field means "use the stored one".
    expect(gql.callsTo('TestConnection')[1]).toEqual({
      service: 'PLEX',
      input: { url: 'http://plex.lan:32400', secret: null, slug: null },
    });
    expect(screen.getByRole('button', { name: 'Test Uptime Kuma connection' })).toBeInTheDocument();
  });

  it('saves: an untouched secret is kept (null), Clear sends "", and a validation error lands next to its field', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.SaveServiceSettings = ({ input }) => {
      const { url } = input as { url: string };
      return url.startsWith('http')
        ? { saveServiceSettings: { __typename: 'SettingsSaved', settings: settings() } }
        : { saveServiceSettings: { __typename: 'ValidationError', field: 'url', message: 'Start the URL with http:// or https://.' } };
    };
    const overseerr = await screen.findByRole('form', { name: 'Overseerr / Seerr' });
    const url = within(overseerr).getByLabelText('Server URL');
    await user.clear(url);
    await user.type(url, 'overseerr.lan');
    await user.click(within(overseerr).getByRole('button', { name: 'Save' }));
    expect(await within(overseerr).findByText('Start the URL with http:// or https://.')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(gql.callsTo('SaveServiceSettings')[0]).toEqual({
      service: 'OVERSEERR',
      input: { url: 'overseerr.lan', secret: null, slug: null },
    });

    await user.clear(url);
    await user.type(url, 'http://overseerr.lan:5055');
    await user.click(within(overseerr).getByRole('button', { name: 'Clear' }));
    expect(within(overseerr).getByLabelText('API key')).toBeDisabled();
    await user.click(within(overseerr).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Overseerr / Seerr settings saved')).toBeInTheDocument();
    expect(gql.callsTo('SaveServiceSettings')[1]).toEqual({
      service: 'OVERSEERR',
      input: { url: 'http://overseerr.lan:5055', secret: '', slug: null },
    });
  });

  it('saves new user defaults', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.SaveUserDefaults = () => ({ saveUserDefaults: { __typename: 'SettingsSaved', settings: settings() } });
    const defaults = await screen.findByRole('form', { name: 'New user defaults' });
    await user.click(within(defaults).getByRole('checkbox', { name: 'Auto-approve requests' }));
    await user.clear(within(defaults).getByLabelText('Requests per week'));
    await user.type(within(defaults).getByLabelText('Requests per week'), '5');
    await user.click(within(defaults).getByRole('button', { name: 'Save defaults' }));
    expect(await screen.findByText('New user defaults saved')).toBeInTheDocument();
    expect(gql.callsTo('SaveUserDefaults')).toEqual([
      { input: { permissions: ['REQUEST', 'AUTO_APPROVE', 'DOWNLOAD'], requestsPerWeek: 5, downloadsPerDay: 20 } },
    ]);
  });
});
