import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { DownloadIcon } from '../../components/icons';
import { useDownloads } from './api';
import { withoutMoved } from './cache';
import { DownloadList } from './DownloadList';

const NOTE = 'px-4 py-6 text-center text-sm text-fg-muted sm:px-5';

/**
 * The viewer's downloads as two lists, each loaded and paged on its own: the Queue (waiting, queued,
 * downloading: live bars, Cancel) and History (finished: the saved file, the error with Retry, the
 * decline reason), with "Load more". A download moves from one to the other live as its status changes.
 */
export function MyDownloads() {
  const queueList = useDownloads({ everyone: false, status: null, active: true });
  const historyList = useDownloads({ everyone: false, status: null, active: false });
  const queue = withoutMoved(queueList.downloads, historyList.downloads, true);
  const history = withoutMoved(historyList.downloads, queueList.downloads, false);
  const loaded = (list: typeof queueList): boolean => list.status === 'success' && list.downloads.length === 0 && !list.hasNextPage;
  const nothingYet = loaded(queueList) && loaded(historyList);
  const queueCount = queueList.status === 'success' ? Math.max(queueList.totalCount, queue.length) : queue.length;

  return (
    <div className="space-y-6">
      <Card
        title="Queue"
        headingId="downloads-queue-heading"
        action={queueCount > 0 ? <span className="text-xs text-fg-subtle">{queueCount} active</span> : null}
      >
        <DownloadList
          label="Queue"
          downloads={queue}
          status={queueList.status}
          error={queueList.error}
          onRetry={() => void queueList.refetch()}
          isRefetching={queueList.isRefetching}
          hasNextPage={queueList.hasNextPage}
          isFetchingNextPage={queueList.isFetchingNextPage}
          isFetchNextPageError={queueList.isFetchNextPageError}
          onLoadMore={() => void queueList.fetchNextPage({ cancelRefetch: false })}
          totalCount={queueList.totalCount}
          skeletonRows={2}
          errorTitle="Couldn't load your queue"
          empty={
            nothingYet ? (
              <EmptyState icon={<DownloadIcon size={22} />} title="No downloads yet">
                Paste a YouTube link above, press Preview, then Download. It shows up here with live progress, then lands in
                Plex.
              </EmptyState>
            ) : (
              <p className={NOTE}>Nothing is downloading right now.</p>
            )
          }
        />
      </Card>
      <Card title="History" headingId="downloads-history-heading">
        <DownloadList
          label="History"
          downloads={history}
          status={historyList.status}
          error={historyList.error}
          onRetry={() => void historyList.refetch()}
          isRefetching={historyList.isRefetching}
          hasNextPage={historyList.hasNextPage}
          isFetchingNextPage={historyList.isFetchingNextPage}
          isFetchNextPageError={historyList.isFetchNextPageError}
          onLoadMore={() => void historyList.fetchNextPage({ cancelRefetch: false })}
          totalCount={historyList.totalCount}
          skeletonRows={2}
          errorTitle="Couldn't load your history"
          empty={
            <p className={NOTE}>
              {nothingYet ? 'Finished downloads are listed here, with where they were saved.' : 'Nothing has finished yet.'}
            </p>
          }
        />
      </Card>
    </div>
  );
}
