import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/graphql';
import { makeJob } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { JobList, type JobListProps } from './JobList';

const base: JobListProps = {
  label: 'Jobs',
  jobs: [],
  status: 'success',
  error: null,
  onRetry: () => {},
  empty: <p>No jobs yet. Housekeeping runs every hour; admins can start it now.</p>,
};

const jobs = [
  makeJob({
    id: '3',
    title: 'Housekeeping',
    status: 'RUNNING',
    progress: 0.42,
    message: 'Pruning sessions',
    startedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
    owner: { id: '1', displayName: 'Alex Morgan', username: 'alex' },
  }),
  makeJob({ id: '2', title: 'Nightly cleanup', status: 'QUEUED' }),
  makeJob({ id: '1', title: 'Download trailer', kind: 'youtube_download', status: 'FAILED', error: 'HTTP 403' }),
];

describe('JobList', () => {
  it('shows skeleton rows while loading', () => {
    renderWithProviders(<JobList {...base} status="pending" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading jobs…');
    expect(screen.getAllByTestId('job-skeleton')).toHaveLength(5);
    expect(screen.queryByTestId('job-row')).not.toBeInTheDocument();
  });

  it('shows the empty state when there are no jobs', () => {
    renderWithProviders(<JobList {...base} />);
    expect(screen.getByText(/No jobs yet\. Housekeeping runs every hour/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Jobs' })).not.toBeInTheDocument();
  });

  it('shows what went wrong with a Retry button', async () => {
    const onRetry = vi.fn();
    const error = new ApiError('Network request failed', { kind: 'network' });
    renderWithProviders(<JobList {...base} status="error" error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load jobs");
    expect(alert).toHaveTextContent(/Check your connection/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('renders rows with test hooks, status text, progress and cancel buttons', () => {
    renderWithProviders(<JobList {...base} jobs={jobs} cancellable />);
    const rows = screen.getAllByTestId('job-row');
    expect(rows.map((r) => [r.dataset.jobId, r.dataset.status])).toEqual([
      ['3', 'RUNNING'],
      ['2', 'QUEUED'],
      ['1', 'FAILED'],
    ]);

    const running = rows[0]!;
    expect(running).toHaveTextContent('Running');
    expect(running).toHaveTextContent('Alex Morgan');
    expect(running).toHaveTextContent('Started 2 min ago');
    const bar = within(running).getByRole('progressbar', { name: 'Housekeeping progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(within(running).getByRole('button', { name: 'Cancel Housekeeping' })).toBeEnabled();
    expect(within(running).getByText('Started 2 min ago').closest('time')).toHaveAttribute('title');

    expect(within(rows[1]!).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Cancel Nightly cleanup' })).toBeInTheDocument();

    expect(rows[2]).toHaveTextContent('Failed');
    expect(rows[2]).toHaveTextContent('HTTP 403');
    expect(rows[2]).toHaveTextContent('Youtube download');
    expect(within(rows[2]!).queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('offers "Load more" when the connection has another page', async () => {
    const onLoadMore = vi.fn();
    renderWithProviders(<JobList {...base} jobs={jobs} hasNextPage onLoadMore={onLoadMore} totalCount={25} />);
    expect(screen.getByText('Showing 3 of 25')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('keeps rows visible and shows a banner when a refresh fails', () => {
    const error = new ApiError('boom', { kind: 'http', status: 503 });
    renderWithProviders(<JobList {...base} jobs={jobs} status="error" error={error} />);
    expect(screen.getAllByTestId('job-row')).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveTextContent('503');
  });
});
