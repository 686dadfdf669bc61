import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import { DashboardPage } from './DashboardPage';
import { mergeNowPlaying, type NowPlaying } from './nowPlaying';

type Push = (data: { nowPlayingUpdated: NowPlaying[] }) => void;
const ws = vi.hoisted(() => ({ push: null as null | Push, subscriptions: 0 }));

vi.mock('../../lib/ws', () => ({
  subscribe: (doc: unknown, _vars: unknown, handlers: { next: Push }) => {
    if (!String(doc).includes('nowPlayingUpdated')) return () => {};
    ws.subscriptions += 1;
    ws.push = handlers.next;
    return () => {
      ws.push = null;
    };
  },
  onReconnect: () => () => {},
}));

function session(key: string, overrides: Partial<NowPlaying> = {}): NowPlaying {
  return {
    sessionKey: key,
    title: `Title ${key}`,
    grandparentTitle: null,
    type: 'movie',
    progress: 0.25,
    state: 'playing',
    player: 'Living Room TV',
    userTitle: 'Alex',
    transcoding: false,
    itemId: `9${key}`,
    posterUrl: null,
    ...overrides,
  };
}

describe('mergeNowPlaying', () => {
  it('keeps the on-screen order, updates in place, drops ended sessions and appends new ones', () => {
    const a = session('a');
    const b = session('b');
    const c = session('c');
    const merged = mergeNowPlaying([a, b, c], [session('d'), { ...c, progress: 0.5 }, a]);
    expect(merged.map((s) => s.sessionKey)).toEqual(['a', 'c', 'd']);
    expect(merged[0]).toBe(a); // unchanged sessions keep their object
    expect(merged[1]!.progress).toBe(0.5);
  });

  it('returns the same list when nothing changed', () => {
    const list = [session('a'), session('b')];
    expect(mergeNowPlaying(list, [session('b'), session('a')])).toBe(list);
    expect(mergeNowPlaying(undefined, list)).toEqual(list);
  });
});

describe('Dashboard now playing', () => {
  beforeEach(() => {
    ws.push = null;
    ws.subscriptions = 0;
    mockGraphQL({
      Dashboard: () => ({
        nowPlaying: [session('1', { title: 'Heat', userTitle: 'Sam', player: 'iPhone' })],
        libraryStatus: { plexReachable: true, breakerOpen: false },
        recentlyAdded: { edges: [] },
      }),
      Jobs: () => ({ jobs: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } }),
    });
  });

  const cards = (): HTMLElement[] => screen.queryAllByTestId('now-playing');
  // Query-cache updates reach components on the next tick: assertions after a push use waitFor.
  const push = (list: NowPlaying[]): void => act(() => ws.push?.({ nowPlayingUpdated: list }));

  it('loads the list with the dashboard query, then follows the subscription', async () => {
    renderWithProviders(<DashboardPage />, { me: makeViewer() });
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(ws.subscriptions).toBe(1);
    const heat = cards()[0]!;
    expect(heat).toHaveAttribute('data-session-key', '1');
    expect(heat).toHaveTextContent('Heat');
    expect(heat).toHaveTextContent('Sam');
    expect(heat).toHaveTextContent('iPhone');
    expect(heat).toHaveTextContent('Direct play');
    expect(within(heat).getByRole('progressbar', { name: 'Heat progress' })).toHaveAttribute('aria-valuenow', '25');

    // An episode starts on another screen; Heat is paused and now transcodes.
    push([
      session('2', { title: 'Pilot', grandparentTitle: 'Breaking Bad', type: 'episode', userTitle: 'Kim' }),
      session('1', { title: 'Heat', userTitle: 'Sam', player: 'iPhone', state: 'paused', transcoding: true, progress: 0.5 }),
    ]);
    await waitFor(() => expect(cards().map((c) => c.dataset.sessionKey)).toEqual(['1', '2']));
    expect(cards()[0]).toHaveTextContent('Paused');
    expect(cards()[0]).toHaveTextContent('Transcoding');
    expect(within(cards()[0]!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    expect(cards()[1]).toHaveTextContent('Breaking Bad');
    expect(cards()[1]).toHaveTextContent('Pilot');
    expect(screen.getByText('2 streams')).toBeInTheDocument();

    push([session('2', { title: 'Pilot', grandparentTitle: 'Breaking Bad', type: 'episode', userTitle: 'Kim' })]);
    await waitFor(() => expect(cards().map((c) => c.dataset.sessionKey)).toEqual(['2']));

    push([]);
    await waitFor(() => expect(cards()).toHaveLength(0));
    expect(screen.getByText('Nothing is playing right now')).toBeInTheDocument();
  });

  it('notes that the list may be stale while Plex is unreachable', async () => {
    mockGraphQL({
      Dashboard: () => ({
        nowPlaying: [session('1')],
        libraryStatus: { plexReachable: false, breakerOpen: true },
        recentlyAdded: { edges: [] },
      }),
      Jobs: () => ({ jobs: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } }),
    });
    renderWithProviders(<DashboardPage />, { me: makeViewer() });
    expect(await screen.findByText("Plex isn't answering right now, so this may be out of date.")).toBeInTheDocument();
  });

  it('applies a push that arrives before the first load finishes', async () => {
    renderWithProviders(<DashboardPage />, { me: makeViewer() });
    push([session('7', { title: 'Alien' })]);
    await waitFor(() => expect(cards().map((c) => c.dataset.sessionKey)).toEqual(['7']));
  });

  it('stops listening when the dashboard goes away', async () => {
    const view = renderWithProviders(<DashboardPage />, { me: makeViewer() });
    await waitFor(() => expect(cards()).toHaveLength(1));
    view.unmount();
    expect(ws.push).toBeNull();
  });
});
