import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import type { DownloadSettings } from './api';
import { DownloadSettingsSection } from './DownloadSettingsCard';
import { buildInput, draftFrom, isDirty, parseLimit, parseSites } from './downloadSettings';

const stored = (overrides: Partial<DownloadSettings> = {}): DownloadSettings => ({
  allowedSites: ['youtube'],
  layout: 'SHARED',
  plexSectionKey: '7',
  plexPath: null,
  maxDurationMinutes: 120,
  maxFileSizeMb: null,
  retentionDays: null,
  cookiesSet: true,
  paused: false,
  libraryPath: '/srv/medianest/downloads',
  ...overrides,
});

const COOKIES = '# Netscape HTTP Cookie File\n.youtube.com\tTRUE\t/\tTRUE\t0\tSID\tabc\n';

afterEach(() => vi.unstubAllGlobals());

describe('download settings helpers', () => {
  it('reads sites separated by commas or lines, lowercased and without repeats', () => {
    expect(parseSites('YouTube, vimeo\nyoutube\n\n  twitch ')).toEqual(['youtube', 'vimeo', 'twitch']);
  });

  it('reads limits: empty means none (0), anything but a whole number is refused', () => {
    expect(parseLimit('')).toBe(0);
    expect(parseLimit(' 30 ')).toBe(30);
    expect(parseLimit('2.5')).toBeNull();
    expect(parseLimit('-1')).toBeNull();
  });

  it('sends every field, clearing with empty strings and 0, and cookies only when changed', () => {
    const draft = { ...draftFrom(stored()), plexSectionKey: ' ', maxDurationMinutes: '' };
    expect(buildInput(draft)).toEqual({
      errors: null,
      input: {
        allowedSites: ['youtube'],
        layout: 'SHARED',
        plexSectionKey: '',
        plexPath: '',
        maxDurationMinutes: 0,
        maxFileSizeMb: 0,
        retentionDays: 0,
        cookies: null,
        paused: false,
      },
    });
    expect(buildInput({ ...draft, cookies: { kind: 'clear' } }).input?.cookies).toBe('');
    expect(buildInput({ ...draft, sites: ' ', plexPath: 'media', retentionDays: 'x' }).errors).toEqual({
      allowedSites: 'List at least one site, e.g. youtube.',
      plexPath: 'Enter an absolute folder path, starting with /.',
      retentionDays: 'Enter a whole number, or leave it empty for no limit.',
    });
    expect(isDirty(draftFrom(stored()), stored())).toBe(false);
    expect(isDirty({ ...draftFrom(stored()), sites: 'youtube,' }, stored())).toBe(false);
    expect(isDirty({ ...draftFrom(stored()), maxDurationMinutes: '0' }, stored())).toBe(true);
    expect(isDirty({ ...draftFrom(stored()), paused: true }, stored())).toBe(true);
  });
});

describe('DownloadSettingsCard', () => {
  function renderCard(settings = stored()) {
    const api = mockGraphQL({
      DownloadSettings: () => ({ downloadSettings: settings }),
      UpdateDownloadSettings: ({ input }) => ({ updateDownloadSettings: { ...settings, cookiesSet: (input as { cookies: string | null }).cookies !== '' } }),
    });
    renderWithProviders(<DownloadSettingsSection />, { me: makeViewer() });
    return api;
  }

  it('uploads a cookies.txt read in the browser, and saves the other fields', async () => {
    const user = userEvent.setup();
    const api = renderCard(stored({ cookiesSet: false }));
    const form = await screen.findByRole('form', { name: 'Downloads' });
    expect(within(form).getByLabelText('Library folder')).toHaveValue('/srv/medianest/downloads');
    expect(within(form).getByLabelText('Library folder')).toHaveAttribute('readonly');
    expect(within(form).getByTestId('cookies-state')).toHaveTextContent('No cookies file.');
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(within(form).getByLabelText('Allowed sites'), ', Vimeo');
    await user.click(within(form).getByRole('radio', { name: /A folder per person/ }));
    await user.type(within(form).getByLabelText('Folder as Plex sees it'), '/media/youtube');
    await user.type(within(form).getByLabelText('Keep files for (days)'), '30');
    await user.upload(within(form).getByLabelText('Cookies file (cookies.txt)'), new File([COOKIES], 'cookies.txt', { type: 'text/plain' }));
    expect(await within(form).findByText('cookies.txt')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('UpdateDownloadSettings')).toEqual([
        {
          input: {
            allowedSites: ['youtube', 'vimeo'],
            layout: 'PER_USER',
            plexSectionKey: '7',
            plexPath: '/media/youtube',
            maxDurationMinutes: 120,
            maxFileSizeMb: 0,
            retentionDays: 30,
            cookies: COOKIES,
            paused: false,
          },
        },
      ]),
    );
    expect(await screen.findByText('Download settings saved')).toBeInTheDocument();
  });

  it('pauses downloads with a switch, saved with the rest, and says so while paused', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    api.handlers.UpdateDownloadSettings = ({ input }) => ({
      updateDownloadSettings: stored({ paused: (input as { paused: boolean }).paused }),
    });
    const form = await screen.findByRole('form', { name: 'Downloads' });
    const pause = within(form).getByRole('switch', { name: 'Pause downloads' });
    expect(pause).toHaveAttribute('aria-checked', 'false');
    expect(pause).toHaveAccessibleDescription(/New downloads wait in the queue/);
    expect(within(form).queryByTestId('downloads-paused')).not.toBeInTheDocument();

    await user.click(pause);
    expect(pause).toHaveAttribute('aria-checked', 'true');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('UpdateDownloadSettings')[0]).toMatchObject({ input: { paused: true, cookies: null } }));
    const saved = await screen.findByRole('form', { name: 'Downloads' });
    await waitFor(() => expect(within(saved).getByRole('switch', { name: 'Pause downloads' })).toHaveAttribute('aria-checked', 'true'));
    expect(within(saved).getByTestId('downloads-paused')).toHaveTextContent('Downloads are paused');
    expect(within(saved).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows "Cookies file set" with a Clear button that sends an empty file', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    const form = await screen.findByRole('form', { name: 'Downloads' });
    expect(within(form).getByTestId('cookies-state')).toHaveTextContent('Cookies file set');
    await user.click(within(form).getByRole('button', { name: 'Clear the cookies file' }));
    expect(within(form).getByTestId('cookies-state')).toHaveTextContent('The cookies file is removed when you save.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('UpdateDownloadSettings')[0]).toMatchObject({ input: { cookies: '' } }));
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'Downloads' })).getByTestId('cookies-state')).toHaveTextContent('No cookies file.'));
  });

  it('puts a server complaint next to the field it names', async () => {
    const user = userEvent.setup();
    const api = renderCard();
    api.handlers.UpdateDownloadSettings = () =>
      gqlError('BAD_USER_INPUT', "'you tube' is not a site name: use yt-dlp extractor names such as 'youtube' or 'vimeo'.", {
        field: 'allowedSites',
      });
    const form = await screen.findByRole('form', { name: 'Downloads' });
    const sites = within(form).getByLabelText('Allowed sites');
    await user.type(sites, '\nyou_tube');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByTestId('field-error')).toHaveTextContent("'you tube' is not a site name");
    expect(sites).toHaveAttribute('aria-invalid', 'true');

    api.handlers.UpdateDownloadSettings = () => gqlError('FORBIDDEN', 'Only people who manage settings can change this.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Not savedOnly people who manage settings can change this.');
  });
});
