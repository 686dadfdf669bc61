import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import { AnnouncementBanners } from './AnnouncementBanners';
import { AnnouncementsPage } from './AnnouncementsPage';
import { announcementKeys, useLiveAnnouncements, type Announcement } from './api';
import { DISMISSED_KEY } from './dismissed';
import { buildAnnouncement, EMPTY_DRAFT } from './form';

type Handlers = { next: (data: { announcementsUpdated: Announcement[] }) => void };
const ws = vi.hoisted(() => ({ subs: [] as Array<{ query: string; handlers: Handlers; open: boolean }> }));
vi.mock('../../lib/ws', () => ({
  subscribe: (doc: unknown, _vars: unknown, handlers: Handlers) => {
    const sub = { query: String(doc), handlers, open: true };
    ws.subs.push(sub);
    return () => {
      sub.open = false;
    };
  },
  onReconnect: () => () => {},
}));

const push = (list: Announcement[]): void =>
  act(() => ws.subs.filter((s) => s.open).forEach((s) => s.handlers.next({ announcementsUpdated: list })));

function announcement(id: string, overrides: Partial<Announcement> = {}): Announcement {
  return {
    id,
    title: `Announcement ${id}`,
    body: '',
    severity: 'INFO',
    endsAt: null,
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

const OUTAGE = announcement('4', { severity: 'OUTAGE', title: 'Plex is down', body: 'We are on it.' });
const WARNING = announcement('3', { severity: 'WARNING', title: 'Slow downloads' });
const MAINTENANCE = announcement('2', {
  severity: 'MAINTENANCE',
  title: 'Server upgrade tonight',
  endsAt: new Date(Date.now() + 3_600_000).toISOString(),
});
const INFO = announcement('1', { title: 'New: collections' });

function Shell() {
  useLiveAnnouncements();
  return <AnnouncementBanners />;
}

beforeEach(() => {
  ws.subs = [];
  window.sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('announcement banners', () => {
  it('shows the pushed announcements live, coloured by severity, each dismissible for the session', async () => {
    const user = userEvent.setup();
    const view = renderWithProviders(<Shell />);
    expect(ws.subs).toHaveLength(1);
    expect(ws.subs[0]!.query).toMatch(/announcementsUpdated/);
    expect(screen.queryByTestId('announcement')).not.toBeInTheDocument();

    push([OUTAGE, WARNING, MAINTENANCE, INFO]);
    await waitFor(() => expect(screen.getAllByTestId('announcement')).toHaveLength(4));
    const banners = screen.getAllByTestId('announcement');
    expect(screen.getByRole('region', { name: 'Announcements' })).toContainElement(banners[0]!);
    expect(banners.map((b) => b.dataset.severity)).toEqual(['OUTAGE', 'WARNING', 'MAINTENANCE', 'INFO']);
    expect(banners.every((b) => b.getAttribute('role') === 'status')).toBe(true);
    expect(banners[0]!.className).toMatch(/\bbg-red-50\b/);
    expect(banners[1]!.className).toMatch(/\bbg-orange-50\b/);
    expect(banners[2]!.className).toMatch(/\bbg-amber-50\b/);
    expect(banners[3]!.className).toMatch(/\bbg-sky-50\b/);
    expect(banners[0]).toHaveTextContent('Outage: Plex is down');
    expect(banners[0]).toHaveTextContent('We are on it.');
    expect(banners[2]).toHaveTextContent(/Until /);

    await user.click(screen.getByRole('button', { name: 'Dismiss Plex is down' }));
    expect(screen.getAllByTestId('announcement').map((b) => b.dataset.announcementId)).toEqual(['3', '2', '1']);
    expect(JSON.parse(window.sessionStorage.getItem(DISMISSED_KEY) ?? '[]')).toEqual(['4']);
    expect(screen.getByRole('button', { name: 'Dismiss Slow downloads' })).toHaveFocus();

    // An ended one goes live; a dismissed one stays hidden after a reload (same tab session).
    push([OUTAGE, WARNING, INFO]);
    await waitFor(() => expect(screen.getAllByTestId('announcement')).toHaveLength(2));
    view.unmount();
    const again = renderWithProviders(<AnnouncementBanners />);
    act(() => again.client.setQueryData(announcementKeys.current, [OUTAGE, WARNING, INFO]));
    await waitFor(() => expect(screen.getAllByTestId('announcement').map((b) => b.dataset.announcementId)).toEqual(['3', '1']));
  });

  it('hides one whose end time has passed, before the server says so', async () => {
    const { client } = renderWithProviders(<AnnouncementBanners />);
    act(() =>
      client.setQueryData(announcementKeys.current, [announcement('9', { endsAt: new Date(Date.now() - 1000).toISOString() }), INFO]),
    );
    await waitFor(() => expect(screen.getAllByTestId('announcement').map((b) => b.dataset.announcementId)).toEqual(['1']));
  });
});

describe('buildAnnouncement', () => {
  const now = Date.parse('2030-01-01T12:00:00Z');

  it('trims, sends the end as an ISO instant, and needs a title and a future end', () => {
    const end = '2030-01-02T09:30';
    expect(buildAnnouncement({ title: ' Upgrade ', body: ' Tonight. ', severity: 'MAINTENANCE', endsAt: end }, now)).toEqual({
      errors: null,
      input: { title: 'Upgrade', body: 'Tonight.', severity: 'MAINTENANCE', endsAt: new Date(end).toISOString() },
    });
    expect(buildAnnouncement({ ...EMPTY_DRAFT, title: 'x' }, now).input?.endsAt).toBeNull();
    expect(buildAnnouncement({ ...EMPTY_DRAFT, title: '  ', endsAt: '2029-12-01T10:00' }, now).errors).toEqual({
      title: 'Give the announcement a title.',
      endsAt: 'Choose a time in the future.',
    });
  });
});

describe('AnnouncementsPage (admins)', () => {
  let api: GraphQLMock;
  beforeEach(() => {
    api = mockGraphQL({
      Announcements: () => ({ announcements: [MAINTENANCE] }),
      PostAnnouncement: (vars) => ({
        postAnnouncement: announcement('7', {
          title: String(vars.title),
          body: String(vars.body),
          severity: vars.severity as Announcement['severity'],
          endsAt: (vars.endsAt as string | null) ?? null,
        }),
      }),
      EndAnnouncement: ({ id }) => ({ endAnnouncement: { ...MAINTENANCE, id: String(id) } }),
    });
  });

  it('posts an announcement with a severity and an end, and ends current ones', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AnnouncementsPage />, { route: '/admin/announcements', me: makeViewer() });
    expect(screen.getByRole('heading', { level: 1, name: 'Announcements' })).toBeInTheDocument();
    const current = await screen.findByRole('list', { name: 'Current announcements' });
    expect(within(current).getAllByTestId('announcement-row')).toHaveLength(1);
    expect(within(current).getByTestId('announcement-row')).toHaveTextContent('Maintenance');

    const form = screen.getByRole('form', { name: 'Post an announcement' });
    await user.click(within(form).getByRole('button', { name: 'Post announcement' }));
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Give the announcement a title.');
    expect(api.callsTo('PostAnnouncement')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Plex is down');
    await user.type(within(form).getByRole('textbox', { name: 'Message (optional)' }), 'We are on it.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Severity' }), 'Outage');
    const end = '2099-05-06T07:08';
    fireEvent.change(within(form).getByLabelText('Ends (optional)'), { target: { value: end } });
    await user.click(within(form).getByRole('button', { name: 'Post announcement' }));
    await waitFor(() =>
      expect(api.callsTo('PostAnnouncement')).toEqual([
        { title: 'Plex is down', body: 'We are on it.', severity: 'OUTAGE', endsAt: new Date(end).toISOString() },
      ]),
    );
    expect(await screen.findByText('Announcement posted')).toBeInTheDocument();
    await waitFor(() => expect(within(current).getAllByTestId('announcement-row').map((r) => r.dataset.announcementId)).toEqual(['7', '2']));
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('');

    await user.click(within(current).getByRole('button', { name: 'End Server upgrade tonight' }));
    await waitFor(() => expect(api.callsTo('EndAnnouncement')).toEqual([{ id: '2' }]));
    await waitFor(() => expect(within(current).getAllByTestId('announcement-row').map((r) => r.dataset.announcementId)).toEqual(['7']));
    expect(await screen.findByText('Announcement ended')).toBeInTheDocument();
  });

  it('puts a server refusal next to the field it names', async () => {
    const user = userEvent.setup();
    api.handlers.PostAnnouncement = () => gqlError('BAD_USER_INPUT', 'The end time is in the past.', { field: 'endsAt' });
    renderWithProviders(<AnnouncementsPage />, { route: '/admin/announcements', me: makeViewer() });
    const form = screen.getByRole('form', { name: 'Post an announcement' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Soon');
    fireEvent.change(within(form).getByLabelText('Ends (optional)'), { target: { value: '2099-01-01T00:00' } });
    await user.click(within(form).getByRole('button', { name: 'Post announcement' }));
    expect(await within(form).findByTestId('field-error')).toHaveTextContent('The end time is in the past.');
    expect(within(form).getByLabelText('Ends (optional)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when nothing is announced', async () => {
    api.handlers.Announcements = () => ({ announcements: [] });
    renderWithProviders(<AnnouncementsPage />, { route: '/admin/announcements', me: makeViewer() });
    expect(await screen.findByText('No announcements right now')).toBeInTheDocument();
  });
});
