import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { DownloadIcon } from '../../components/icons';
import { useDownloads } from './api';
import { isActive } from './cache';
import { DownloadList } from './DownloadList';

const NOTE = 'px-4 py-6 text-center text-sm text-fg-muted sm:px-5';

/**
 * The viewer's downloads as two sections: the Queue (waiting, queued, downloading: live bars, Cancel)
 * and History (finished: the saved file, the error with Retry, the decline reason), with "Load more".
 */
export function MyDownloads() {
  const list = useDownloads({ everyone: false, status: null });
  const queue = list.downloads.filter((d) => isActive(d.status));
  const history = list.downloads.filter((d) => !isActive(d.status));
  const nothingYet = list.status === 'success' && list.downloads.length === 0 && !list.hasNextPage;
  const failed = list.status === 'error' && list.downloads.length === 0;
  const retry = () => void list.refetch();

  return (
    <div className="space-y-6">
      <Card
        title="Queue"
        headingId="downloads-queue-heading"
        action={queue.length > 0 ? <span className="text-xs text-fg-subtle">{queue.length} active</span> : null}
      >
        <DownloadList
          label="Queue"
          downloads={queue}
          status={list.status}
          error={list.error}
          onRetry={retry}
          isRefetching={list.isRefetching}
          skeletonRows={2}
          errorTitle="Couldn't load your downloads"
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
          // A failed load is explained (with Retry) once, in the Queue above.
          status={list.status === 'error' ? 'success' : list.status}
          error={list.error}
          onRetry={retry}
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          isFetchNextPageError={list.isFetchNextPageError}
          onLoadMore={() => void list.fetchNextPage({ cancelRefetch: false })}
          skeletonRows={2}
          errorTitle="Couldn't load your downloads"
          empty={
            <p className={NOTE}>
              {failed
                ? 'Your history shows up once your downloads load.'
                : nothingYet
                  ? 'Finished downloads are listed here, with where they were saved.'
                  : list.hasNextPage
                    ? 'Nothing finished among your latest downloads.'
                    : 'Nothing has finished yet.'}
            </p>
          }
        />
      </Card>
    </div>
  );
}
