import type { DownloadFieldsFragment, DownloadStatus } from '../../gql/graphql';

export type Download = DownloadFieldsFragment;
export type { DownloadStatus };

/**
 * What a cached download list holds: the viewer's own (or, for admins, everyone's), optionally one status,
 * optionally only active ones (waiting, queued, running: the Queue) or only ended ones (the History).
 */
export interface DownloadFilter {
  everyone: boolean;
  status: DownloadStatus | null;
  active: boolean | null;
}

export const downloadKeys = {
  root: ['downloads'] as const,
  lists: () => ['downloads', 'list'] as const,
  list: (filter: DownloadFilter, pageSize: number) => ['downloads', 'list', { ...filter, pageSize }] as const,
  approvals: (pageSize: number) => ['downloads', 'approvals', { pageSize }] as const,
  approvalLists: () => ['downloads', 'approvals'] as const,
  details: () => ['downloads', 'detail'] as const,
  /** One download with its children (a playlist's videos), loaded when a playlist row is expanded. */
  detail: (id: string) => ['downloads', 'detail', id] as const,
  quota: () => ['downloads', 'quota'] as const,
};

/**
 * Previews run yt-dlp on the server (seconds): kept outside `downloads` so refreshing the lists after a
 * reconnect never re-runs them.
 */
export const previewKey = (url: string) => ['downloadPreview', url] as const;
export const previewKeys = ['downloadPreview'] as const;

/** The list a cached query holds, read back from its key; null for keys that are not download lists. */
export function listFromKey(key: readonly unknown[]): (DownloadFilter & { order: 'newest' | 'oldest' }) | null {
  const params = key[2];
  if (key[0] !== 'downloads' || typeof params !== 'object' || params === null) return null;
  if (key[1] === 'approvals') return { everyone: true, status: 'PENDING_APPROVAL', active: null, order: 'oldest' };
  if (key[1] !== 'list') return null;
  const { everyone = false, status = null, active = null } = params as Partial<DownloadFilter>;
  return { everyone, status, active, order: 'newest' };
}
