import { Link } from 'react-router';
import { buttonClasses } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { DownloadIcon } from '../../components/icons';
import { DASHBOARD_DOWNLOADS, useDownloads } from './api';
import { DownloadList } from './DownloadList';

/** Dashboard card: the viewer's latest downloads with live bars (kept live by the session-wide subscription). */
export function MyDownloadsCard() {
  const list = useDownloads({ everyone: false, status: null, active: null }, DASHBOARD_DOWNLOADS);
  return (
    <Card
      title="My downloads"
      headingId="my-downloads-card-heading"
      action={
        <Link to="/downloads" className="rounded text-sm font-medium text-accent-text hover:underline">
          Download a video
        </Link>
      }
    >
      <DownloadList
        label="My downloads"
        compact
        downloads={list.downloads.slice(0, DASHBOARD_DOWNLOADS)}
        status={list.status}
        error={list.error}
        onRetry={() => void list.refetch()}
        isRefetching={list.isRefetching}
        skeletonRows={2}
        errorTitle="Couldn't load your downloads"
        empty={
          <EmptyState
            icon={<DownloadIcon size={22} />}
            title="No downloads yet"
            action={
              <Link to="/downloads" className={buttonClasses('secondary', 'sm')}>
                Go to Downloads
              </Link>
            }
          >
            Paste a YouTube link on the Downloads page and it lands in Plex. Progress shows up here live.
          </EmptyState>
        }
      />
    </Card>
  );
}
