import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { FeatureBanner } from './FeatureBanner';
import { featureKeys, useLiveFeatureStatus, type FeatureStatus } from './features';

type Handlers = { next: (data: { featureStatusUpdated: FeatureStatus[] }) => void; error?: (e: unknown) => void };
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

const push = (list: FeatureStatus[]): void =>
  act(() => ws.subs.filter((s) => s.open).forEach((s) => s.handlers.next({ featureStatusUpdated: list })));

function Shell({ showBanners = true }: { showBanners?: boolean }) {
  useLiveFeatureStatus();
  return showBanners ? (
    <>
      <FeatureBanner name="library" />
      <FeatureBanner name="requests" />
      <FeatureBanner name="downloads" />
    </>
  ) : null;
}

const ALL_UP: FeatureStatus[] = [
  { name: 'library', available: true, message: null },
  { name: 'requests', available: true, message: null },
  { name: 'downloads', available: true, message: null },
];

beforeEach(() => {
  ws.subs = [];
});

describe('feature status', () => {
  it('subscribes once for the session and shows each outage as it is pushed, in the server’s words', async () => {
    const { client } = renderWithProviders(<Shell />);
    expect(ws.subs).toHaveLength(1);
    expect(ws.subs[0]!.query).toMatch(/featureStatusUpdated\s*{\s*name\s+available\s+message/);

    push(ALL_UP);
    await waitFor(() => expect(client.getQueryData(featureKeys.all)).toEqual(ALL_UP));
    expect(screen.queryByTestId(/^feature-banner-/)).not.toBeInTheDocument();

    push([
      { name: 'library', available: false, message: 'Plex is unreachable: the library is shown as last synced.' },
      { name: 'requests', available: true, message: null },
      { name: 'downloads', available: false, message: null },
    ]);
    const library = await screen.findByTestId('feature-banner-library');
    expect(library).toHaveAttribute('role', 'status');
    expect(library).toHaveTextContent('Plex is unreachable: the library is shown as last synced.');
    expect(screen.getByTestId('feature-banner-downloads')).toHaveTextContent("Downloads aren't available right now.");
    expect(screen.queryByTestId('feature-banner-requests')).not.toBeInTheDocument();

    push(ALL_UP);
    await waitFor(() => expect(screen.queryByTestId(/^feature-banner-/)).not.toBeInTheDocument());
  });

  it('subscribes again after the stream fails, and stops when the session ends', () => {
    vi.useFakeTimers();
    try {
      const view = renderWithProviders(<Shell showBanners={false} />);
      act(() => ws.subs[0]!.handlers.error?.(new Error('gone')));
      expect(ws.subs).toHaveLength(1);
      act(() => vi.advanceTimersByTime(5_000));
      expect(ws.subs).toHaveLength(2);
      view.unmount();
      expect(ws.subs[1]!.open).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
