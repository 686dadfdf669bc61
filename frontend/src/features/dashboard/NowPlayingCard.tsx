import { Link } from 'react-router';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PauseIcon, PlayIcon, SpinnerIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import { Poster } from '../library/Poster';
import { itemPath } from '../library/PosterCard';
import type { NowPlaying } from './nowPlaying';

function PlaybackBar({ value, paused, label }: { value: number; paused: boolean; label: string }) {
  const percent = Math.round((Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0) * 100);
  return (
    <div className="flex items-center gap-2.5">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% watched`}
        className="h-1.5 flex-1 overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-700 ease-out ${paused ? 'bg-fg-subtle' : 'bg-accent'}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span aria-hidden="true" className="w-9 shrink-0 text-right text-xs text-fg-muted tabular-nums">
        {percent}%
      </span>
    </div>
  );
}

function StateBadge({ state }: { state: string }) {
  if (state === 'paused') {
    return (
      <Badge tone="warning" icon={<PauseIcon size={12} strokeWidth={2.6} />}>
        Paused
      </Badge>
    );
  }
  if (state === 'buffering') {
    return (
      <Badge tone="info" icon={<SpinnerIcon size={12} />}>
        Buffering
      </Badge>
    );
  }
  return (
    <Badge tone="success" icon={<PlayIcon size={12} strokeWidth={2.4} />}>
      Playing
    </Badge>
  );
}

export function NowPlayingItem({ session }: { session: NowPlaying }) {
  const heading = session.grandparentTitle ?? session.title;
  const detail = session.grandparentTitle ? session.title : null;
  const paused = session.state === 'paused';
  const name = detail ? `${heading}: ${detail}` : heading;
  return (
    <li
      data-testid="now-playing"
      data-session-key={session.sessionKey}
      data-state={session.state}
      className="flex gap-3 rounded-lg border border-line bg-surface p-3"
    >
      <Poster title={heading} url={session.posterUrl} sizes="64px" className="w-14 shrink-0 self-start" />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-semibold text-fg">
          {session.itemId ? (
            <Link to={itemPath(session.itemId)} className="rounded hover:underline">
              {heading}
            </Link>
          ) : (
            heading
          )}
        </p>
        {detail ? <p className="truncate text-sm text-fg-muted">{detail}</p> : null}
        <p className="mt-0.5 truncate text-xs text-fg-subtle">
          <span className="font-medium text-fg-muted">{session.userTitle}</span>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, on </span>
          {session.player}
        </p>
        <div className="mt-2">
          <PlaybackBar value={session.progress} paused={paused} label={`${name} progress`} />
        </div>
        <div className="mt-2 flex flex-wrap gap-1.5">
          <StateBadge state={session.state} />
          {session.transcoding ? <Badge tone="accent">Transcoding</Badge> : <Badge>Direct play</Badge>}
        </div>
      </div>
    </li>
  );
}

interface NowPlayingCardProps {
  sessions: NowPlaying[] | undefined;
  /** Plex isn't answering: the list is the last one MediaNest saw. */
  stale?: boolean;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** Live list of streams on the Plex server (kept current by useLiveNowPlaying). */
export function NowPlayingCard({ sessions, stale = false, status, error, onRetry, retrying }: NowPlayingCardProps) {
  let body;
  if (status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className="grid gap-3 p-4 sm:grid-cols-2 sm:p-5">
        <span className="sr-only">Loading what's playing…</span>
        {[0, 1].map((i) => (
          <div key={i} aria-hidden="true" className="flex gap-3 rounded-lg border border-line p-3">
            <Skeleton className="aspect-[2/3] w-14" />
            <div className="flex-1 space-y-2 pt-1">
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-3 w-1/2" />
              <Skeleton className="mt-4 h-1.5 w-full" />
            </div>
          </div>
        ))}
      </div>
    );
  } else if (status === 'error' && !sessions) {
    body = <ErrorState error={error} title="Couldn't load what's playing" onRetry={onRetry} retrying={retrying} />;
  } else if (!sessions || sessions.length === 0) {
    body = (
      <EmptyState icon={<PlayIcon size={22} />} title="Nothing is playing right now">
        When someone streams from Plex, it shows up here live.
      </EmptyState>
    );
  } else {
    body = (
      <ul role="list" aria-label="Now playing" className="grid gap-3 p-4 sm:p-5 @2xl:grid-cols-2">
        {sessions.map((session) => (
          <NowPlayingItem key={session.sessionKey} session={session} />
        ))}
      </ul>
    );
  }
  const count = sessions?.length ?? 0;
  return (
    <Card
      title="Now playing"
      headingId="now-playing-heading"
      className="@container"
      action={
        count > 0 ? (
          <span className="text-xs text-fg-subtle">{count === 1 ? '1 stream' : `${count} streams`}</span>
        ) : null
      }
    >
      {stale && status === 'success' ? (
        <Alert tone="warning" role="status" className="mx-4 mt-4 sm:mx-5">
          Plex isn't answering right now, so this may be out of date.
        </Alert>
      ) : null}
      {body}
    </Card>
  );
}
