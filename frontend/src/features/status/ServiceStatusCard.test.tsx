import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { ServiceStatusData } from './api';
import { ServiceStatusCard } from './ServiceStatusCard';
import { StatusPage } from './StatusPage';
import type { Monitor, MonitorStatus } from './status';

type Push = (data: { serviceStatusUpdated: ServiceStatusData }) => void;
const ws = vi.hoisted(() => ({ push: null as null | Push, subscriptions: 0 }));

vi.mock('../../lib/ws', () => ({
  subscribe: (doc: unknown, _vars: unknown, handlers: { next: Push }) => {
    if (!String(doc).includes('serviceStatusUpdated')) return () => {};
    ws.subscriptions += 1;
    ws.push = handlers.next;
    return () => {
      ws.push = null;
    };
  },
  onReconnect: () => () => {},
}));

function history(...statuses: MonitorStatus[]): Monitor['history'] {
  return statuses.map((status, i) => ({ at: new Date(Date.UTC(2025, 2, 4, 12, i * 30)).toISOString(), status, pingMs: 40 }));
}

function monitor(id: string, overrides: Partial<Monitor> = {}): Monitor {
  return {
    id,
    name: `Service ${id}`,
    group: 'Media',
    status: 'UP',
    pingMs: 42,
    lastCheckAt: new Date(Date.now() - 2 * 60_000).toISOString(),
    uptime24h: 0.9987,
    uptime7d: 0.995,
    uptime30d: 0.99,
    visible: true,
    history: history('UP', 'UP', 'UP'),
    ...overrides,
  };
}

const user = makeViewer({ id: '2', role: 'USER', isAdmin: false, isOwner: false });
const rows = (): HTMLElement[] => screen.queryAllByTestId('monitor');

describe('ServiceStatusCard', () => {
  let api: GraphQLMock;
  beforeEach(() => {
    ws.push = null;
    ws.subscriptions = 0;
    api = mockGraphQL({
      ServiceStatus: () => ({
        serviceStatus: {
          configured: true,
          monitors: [
            monitor('1', { name: 'Plex', history: history(...Array<MonitorStatus>(30).fill('UP'), 'DOWN') }),
            monitor('2', { name: 'Overseerr', pingMs: null, uptime24h: null }),
            monitor('3', { name: 'Router', group: 'Network' }),
          ],
        },
      }),
    });
  });

  it('shows monitors by group with status in words, ping, uptime and the history summary, then follows pushes', async () => {
    renderWithProviders(<ServiceStatusCard />, { me: user });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const card = screen.getByTestId('service-status');
    expect(within(card).getByRole('heading', { name: 'Service status' })).toBeInTheDocument();
    expect(screen.getByTestId('status-headline')).toHaveTextContent('All services are up');
    expect(within(card).getByRole('heading', { name: 'Media' })).toBeInTheDocument();
    expect(within(card).getByRole('heading', { name: 'Network' })).toBeInTheDocument();

    const plex = rows()[0]!;
    expect(plex).toHaveAttribute('data-status', 'UP');
    expect(plex).toHaveTextContent('Plex');
    expect(plex).toHaveTextContent('Up');
    expect(plex).toHaveTextContent('42 ms');
    expect(plex).toHaveTextContent('99.87%');
    expect(within(plex).getByRole('img', { name: 'Last 24 hours: 31 checks, 1 down' })).toBeInTheDocument();
    expect(rows()[1]).toHaveTextContent('—');
    expect(ws.subscriptions).toBe(1);

    act(() =>
      ws.push?.({
        serviceStatusUpdated: {
          configured: true,
          monitors: [monitor('1', { name: 'Plex', status: 'DOWN' }), monitor('2', { name: 'Overseerr' })],
        },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('status-headline')).toHaveTextContent('Plex is down'));
    expect(rows()[0]).toHaveAttribute('data-status', 'DOWN');
    expect(rows()[0]).toHaveTextContent('Down');
    expect(rows()).toHaveLength(2);
  });

  it('counts several problems in the headline', async () => {
    api.handlers.ServiceStatus = () => ({
      serviceStatus: {
        configured: true,
        monitors: [monitor('1', { status: 'DOWN' }), monitor('2', { status: 'PENDING' }), monitor('3')],
      },
    });
    renderWithProviders(<ServiceStatusCard />, { me: user });
    expect(await screen.findByText('2 services have problems')).toBeInTheDocument();
  });

  it('asks admins to connect Uptime Kuma when it is not configured', async () => {
    api.handlers.ServiceStatus = () => ({ serviceStatus: { configured: false, monitors: [] } });
    renderWithProviders(<ServiceStatusCard />, { me: makeViewer() });
    expect(await screen.findByText('Connect Uptime Kuma to show service status')).toBeInTheDocument();
    expect(within(screen.getByTestId('service-status')).getByRole('link', { name: 'Open settings' })).toHaveAttribute(
      'href',
      '/admin/settings',
    );
  });

  it('is hidden from everyone else when Uptime Kuma is not configured', async () => {
    api.handlers.ServiceStatus = () => ({ serviceStatus: { configured: false, monitors: [] } });
    renderWithProviders(<ServiceStatusCard />, { me: user });
    await waitFor(() => expect(api.callsTo('ServiceStatus')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('service-status')).toBeNull());
  });

  it('shows an error with Retry when the status cannot be loaded', async () => {
    api.handlers.ServiceStatus = () => {
      throw new TypeError('Failed to fetch');
    };
    renderWithProviders(<ServiceStatusCard />, { me: user });
    expect(await screen.findByText("Couldn't load service status")).toBeInTheDocument();
  });

  it('stops listening when the card goes away', async () => {
    const view = renderWithProviders(<ServiceStatusCard />, { me: user });
    await waitFor(() => expect(rows()).toHaveLength(3));
    view.unmount();
    expect(ws.push).toBeNull();
  });
});

describe('StatusPage', () => {
  let api: GraphQLMock;
  beforeEach(() => {
    api = mockGraphQL({
      ServiceStatus: () => ({
        serviceStatus: { configured: true, monitors: [monitor('1', { name: 'Plex' }), monitor('2', { name: 'NAS', visible: false })] },
      }),
      UpdateMonitor: (vars) => ({
        updateMonitor: monitor(String(vars.id), {
          name: typeof vars.displayName === 'string' ? vars.displayName : 'Plex',
          visible: vars.visible === undefined || vars.visible === null ? true : Boolean(vars.visible),
        }),
      }),
      RefreshServiceStatus: () => ({ refreshServiceStatus: { configured: true, monitors: [monitor('1', { name: 'Plex', status: 'DOWN' })] } }),
    });
  });

  it('shows uptime over 24 hours, 7 and 30 days and the last check', async () => {
    renderWithProviders(<StatusPage />, { me: user });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const plex = rows()[0]!;
    expect(plex).toHaveTextContent('99.87%');
    expect(plex).toHaveTextContent('99.5%');
    expect(plex).toHaveTextContent('99%');
    expect(within(plex).getByText('2 min ago')).toHaveAttribute('title');
    expect(screen.queryByRole('button', { name: /Refresh now/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Hide from others/ })).toBeNull();
  });

  it('lets admins hide, rename and refresh', async () => {
    const u = userEvent.setup();
    renderWithProviders(<StatusPage />, { me: makeViewer() });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(within(rows()[1]!).getByText('Hidden from others')).toBeInTheDocument();

    await u.click(within(rows()[0]!).getByRole('button', { name: /Hide from others/ }));
    await waitFor(() => expect(api.callsTo('UpdateMonitor')).toEqual([{ id: '1', visible: false }]));
    await waitFor(() => expect(within(rows()[0]!).getByRole('button', { name: /^Show/ })).toBeInTheDocument());

    await u.click(within(rows()[0]!).getByRole('button', { name: /Rename/ }));
    const input = screen.getByRole('textbox', { name: 'New name for Plex' });
    await u.clear(input);
    await u.type(input, 'Plex Media Server{Enter}');
    await waitFor(() => expect(api.callsTo('UpdateMonitor')[1]).toEqual({ id: '1', displayName: 'Plex Media Server' }));
    await waitFor(() => expect(rows()[0]).toHaveTextContent('Plex Media Server'));

    await u.click(screen.getByRole('button', { name: /Refresh now/ }));
    await waitFor(() => expect(api.callsTo('RefreshServiceStatus')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('status-headline')).toHaveTextContent('Plex is down'));
  });
});
