import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../../test/graphqlMock';
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
  oidc: {
    enabled: false,
    issuer: 'https://auth.example.com',
    clientId: 'medianest',
    clientSecretSet: true,
    label: 'Single sign-on',
    redirectPath: '/auth/oidc/callback',
  },
  library: { shareNowPlaying: false },
  userDefaults: { permissions: ['REQUEST', 'DOWNLOAD'], requestsPerWeek: 10, downloadsPerDay: 20 },
  ...overrides,
});

function renderPage(data = settings()) {
  const gql = mockGraphQL({
    ServiceSettings: () => ({ serviceSettings: data }),
    DownloadSettings: () => ({
      downloadSettings: {
        allowedSites: ['youtube'],
        layout: 'SHARED',
        plexSectionKey: null,
        plexPath: null,
        maxDurationMinutes: null,
        maxFileSizeMb: null,
        retentionDays: null,
        cookiesSet: false,
        paused: false,
        libraryPath: '/data/downloads',
      },
    }),
    NotificationChannels: () => ({
      notificationChannels: {
        webhookUrl: null,
        webhookSecretSet: false,
        discordUrlSet: false,
        smtpHost: null,
        smtpPort: 587,
        smtpUsername: null,
        smtpPasswordSet: false,
        smtpFrom: null,
        smtpStarttls: true,
      },
    }),
  });
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

  it('shows the OIDC redirect URI to register, with a copy button', async () => {
    const user = userEvent.setup();
    renderPage();
    const oidc = await screen.findByRole('form', { name: 'Single sign-on (OpenID Connect)' });
    const uri = `${window.location.origin}/auth/oidc/callback`;
    expect(within(oidc).getByTestId('oidc-redirect-uri')).toHaveTextContent(uri);
    expect(within(oidc).getByRole('switch', { name: 'Enabled' })).toHaveAttribute('aria-checked', 'false');
    expect(within(oidc).getByLabelText('Issuer URL')).toHaveValue('https://auth.example.com');
    expect(within(oidc).getByLabelText('Client ID')).toHaveValue('medianest');
    expect(within(oidc).getByLabelText('Client secret')).toHaveAttribute('type', 'password');
    expect(within(oidc).getByLabelText('Client secret')).toHaveAttribute('placeholder', '•••• stored');
    expect(within(oidc).getByLabelText('Button label')).toHaveValue('Single sign-on');
    expect(within(oidc).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(within(oidc).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(uri);
    expect(within(oidc).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('tests the OIDC issuer that is typed and shows the exact result', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.TestConnection = ({ service }) => ({
      testConnection: { service, ok: false, message: 'No OpenID configuration at https://sso.lan.' },
    });
    const oidc = await screen.findByRole('form', { name: 'Single sign-on (OpenID Connect)' });
    await user.clear(within(oidc).getByLabelText('Issuer URL'));
    await user.type(within(oidc).getByLabelText('Issuer URL'), 'https://sso.lan');
    await user.click(screen.getByRole('button', { name: 'Test OIDC connection' }));

    const result = await screen.findByTestId('test-result-oidc');
    expect(result).toHaveAttribute('data-ok', 'false');
    expect(result).toHaveTextContent('No OpenID configuration at https://sso.lan.');
    expect(gql.callsTo('TestConnection')).toEqual([{ service: 'OIDC', input: { url: 'https://sso.lan' } }]);
  });

  it('saves OIDC settings: untouched secret is kept (null), Clear sends "", errors land next to their field', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.SaveServiceSettings = ({ input }) => {
      const { clientId } = input as { clientId: string };
      return clientId
        ? { saveServiceSettings: { __typename: 'SettingsSaved', settings: settings() } }
        : { saveServiceSettings: { __typename: 'ValidationError', field: 'clientId', message: 'Enter the client ID.' } };
    };
    const oidc = await screen.findByRole('form', { name: 'Single sign-on (OpenID Connect)' });
    await user.click(within(oidc).getByRole('switch', { name: 'Enabled' }));
    const clientId = within(oidc).getByLabelText('Client ID');
    await user.clear(clientId);
    const label = within(oidc).getByLabelText('Button label');
    await user.clear(label);
    await user.type(label, 'Sign in with Authelia');
    await user.click(within(oidc).getByRole('button', { name: 'Save' }));
    expect(await within(oidc).findByText('Enter the client ID.')).toBeInTheDocument();
    expect(clientId).toHaveAttribute('aria-invalid', 'true');
    expect(gql.callsTo('SaveServiceSettings')[0]).toEqual({
      service: 'OIDC',
      input: { url: 'https://auth.example.com', clientId: '', secret: null, enabled: true, label: 'Sign in with Authelia' },
    });

    await user.type(clientId, 'medianest-web');
    await user.click(within(oidc).getByRole('button', { name: 'Clear' }));
    expect(within(oidc).getByLabelText('Client secret')).toBeDisabled();
    await user.click(within(oidc).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Single sign-on settings saved')).toBeInTheDocument();
    expect(gql.callsTo('SaveServiceSettings')[1]).toEqual({
      service: 'OIDC',
      input: { url: 'https://auth.example.com', clientId: 'medianest-web', secret: '', enabled: true, label: 'Sign in with Authelia' },
    });
  });

  it('shows an OIDC validation error for the issuer under the Issuer URL field', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.SaveServiceSettings = () => ({
      saveServiceSettings: { __typename: 'ValidationError', field: 'url', message: 'Use an https:// issuer.' },
    });
    const oidc = await screen.findByRole('form', { name: 'Single sign-on (OpenID Connect)' });
    const issuer = within(oidc).getByLabelText('Issuer URL');
    await user.clear(issuer);
    await user.type(issuer, 'http://sso.lan');
    await user.type(within(oidc).getByLabelText('Client secret'), 's3cret');
    await user.click(within(oidc).getByRole('button', { name: 'Save' }));
    expect(await within(oidc).findByText('Use an https:// issuer.')).toBeInTheDocument();
    expect(issuer).toHaveAttribute('aria-invalid', 'true');
    expect(gql.callsTo('SaveServiceSettings')[0]).toEqual({
      service: 'OIDC',
      input: { url: 'http://sso.lan', clientId: 'medianest', secret: 's3cret', enabled: false, label: 'Single sign-on' },
    });
  });

  it('saves the Now playing sharing switch as soon as it is flipped', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage();
    gql.handlers.SaveLibrarySettings = ({ shareNowPlaying }) => ({
      saveLibrarySettings: settings({ library: { shareNowPlaying: shareNowPlaying as boolean } }),
    });
    const library = await screen.findByRole('group', { name: 'Library' });
    const share = within(library).getByRole('switch', { name: 'Share Now playing with everyone' });
    expect(share).toHaveAttribute('aria-checked', 'false');
    expect(share).toHaveAccessibleDescription('Off: people see only their own streams; admins always see all.');

    await user.click(share);
    expect(await screen.findByText('Now playing is shared with everyone')).toBeInTheDocument();
    expect(share).toHaveAttribute('aria-checked', 'true');
    expect(gql.callsTo('SaveLibrarySettings')).toEqual([{ shareNowPlaying: true }]);
  });

  it('keeps the Now playing switch as stored when saving fails', async () => {
    const user = userEvent.setup();
    const { gql } = renderPage(settings({ library: { shareNowPlaying: true } }));
    gql.handlers.SaveLibrarySettings = () => gqlError('FORBIDDEN', 'You may not change settings.');
    const library = await screen.findByRole('group', { name: 'Library' });
    const share = within(library).getByRole('switch', { name: 'Share Now playing with everyone' });
    expect(share).toHaveAttribute('aria-checked', 'true');
    await user.click(share);
    expect(await within(library).findByRole('alert')).toHaveTextContent('Not saved');
    expect(share).toHaveAttribute('aria-checked', 'true');
    expect(gql.callsTo('SaveLibrarySettings')).toEqual([{ shareNowPlaying: false }]);
  });
});
