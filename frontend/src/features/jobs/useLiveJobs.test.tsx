import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeData, makeJob, makePage } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { flattenJobs, type JobsData } from './cache';
import { jobKeys, type Job } from './keys';
import { useLiveJobs } from './useLiveJobs';
import { watchJob } from './watch';

type Next = (data: { jobUpdated: Job }) => void;
const ws = vi.hoisted(() => ({ next: null as null | Next, reconnect: null as null | (() => void) }));

vi.mock('../../lib/ws', () => ({
  subscribe: (_doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    ws.next = handlers.next;
    return () => {
      ws.next = null;
    };
  },
  onReconnect: (listener: () => void) => {
    ws.reconnect = listener;
    return () => {
      ws.reconnect = null;
    };
  },
}));

function Live() {
  useLiveJobs();
  return null;
}

const ALL_KEY = jobKeys.list({ status: null, kind: null }, 20);
const running = makeJob({ id: '5', status: 'RUNNING', progress: 0.5, createdAt: '2025-03-04T12:00:00Z' });

function setup() {
  const utils = renderWithProviders(<Live />);
  utils.client.setQueryData<JobsData>(ALL_KEY, makeData(makePage([running])));
  return utils;
}

const push = (job: Job): void => act(() => ws.next?.({ jobUpdated: job }));

beforeEach(() => {
  ws.next = null;
  ws.reconnect = null;
});

describe('useLiveJobs', () => {
  it('merges pushed jobs into the cache: updates in place and prepends new ones', () => {
    const { client } = setup();
    push({ ...running, progress: 0.75, updatedAt: '2025-03-04T12:01:00Z' });
    push(makeJob({ id: '6', createdAt: '2025-03-04T12:02:00Z' }));
    const jobs = flattenJobs(client.getQueryData<JobsData>(ALL_KEY)!);
    expect(jobs.map((j) => [j.id, j.progress])).toEqual([
      ['6', 0],
      ['5', 0.75],
    ]);
  });

  it('toasts when a job seen running succeeds or fails', async () => {
    setup();
    push({ ...running, status: 'SUCCEEDED', progress: 1, message: 'Cleaned 3 items', updatedAt: '2025-03-04T12:03:00Z' });
    expect(await screen.findByText('Housekeeping finished')).toBeInTheDocument();
    expect(screen.getByText('Cleaned 3 items')).toBeInTheDocument();
  });

  it('toasts a failure of a job started here even if no list showed it', async () => {
    setup();
    watchJob('77');
    push(makeJob({ id: '77', title: 'Housekeeping', status: 'FAILED', error: 'Database is locked' }));
    expect(await screen.findByText('Housekeeping failed')).toBeInTheDocument();
    expect(screen.getByText('Database is locked')).toBeInTheDocument();
  });

  it('does not toast for jobs that were already finished or never watched', () => {
    setup();
    push(makeJob({ id: '88', status: 'SUCCEEDED', createdAt: '2025-03-01T00:00:00Z' }));
    expect(screen.queryByText(/finished|failed/)).not.toBeInTheDocument();
  });

  it('refetches job lists after the socket reconnects', () => {
    const { client } = setup();
    const spy = vi.spyOn(client, 'invalidateQueries');
    act(() => ws.reconnect?.());
    expect(spy).toHaveBeenCalledWith({ queryKey: jobKeys.all });
  });
});
