import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type {
  DownloadPreviewQuery,
  DownloadQuotaQuery,
  DownloadsQuery,
  EnqueueDownloadInput,
  EnqueueDownloadMutation,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { useViewer } from '../auth/useMe';
import { canSeeAllDownloads } from './access';
import {
  applyDownloadToCache,
  detailVideos,
  flattenDownloads,
  type DownloadDetail,
  type DownloadDetailData,
  type DownloadsData,
} from './cache';
import { downloadKeys, previewKey, previewKeys, type Download, type DownloadFilter } from './keys';

/** Every field the UI shows for a download; shared by the lists, the mutations and the live subscription. */
export const DownloadFields = graphql(`
  fragment DownloadFields on Download {
    id
    kind
    url
    site
    title
    channel
    durationSeconds
    thumbnailUrl
    quality
    container
    status
    phase
    progress
    downloadedBytes
    totalBytes
    speedBytesPerSecond
    etaSeconds
    entryCount
    completedCount
    errorCode
    errorMessage
    attempts
    fileName
    fileSize
    declineReason
    parentId
    createdAt
    startedAt
    finishedAt
    updatedAt
    canCancel
    canRetry
    owner {
      id
      displayName
      username
    }
  }
`);

const DownloadsQueryDoc = graphql(`
  query Downloads($first: Int!, $after: String, $status: DownloadStatus, $everyone: Boolean!, $active: Boolean) {
    downloads(first: $first, after: $after, status: $status, everyone: $everyone, active: $active) {
      edges {
        cursor
        node {
          ...DownloadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const DownloadApprovalsQuery = graphql(`
  query DownloadApprovals($first: Int!, $after: String) {
    downloadApprovals(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DownloadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const DownloadDetailQuery = graphql(`
  query DownloadDetail($id: ID!, $first: Int!, $after: String) {
    download(id: $id) {
      ...DownloadFields
      children(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...DownloadFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

const DownloadQuotaQueryDoc = graphql(`
  query DownloadQuota {
    downloadQuota {
      used
      limit
      remaining
      periodHours
      resetsAt
      needsApproval
      maxDurationMinutes
      maxFileSizeMb
      unlimited
    }
  }
`);

const DownloadPreviewQueryDoc = graphql(`
  query DownloadPreview($url: String!) {
    downloadPreview(url: $url) {
      __typename
      ... on DownloadPreview {
        url
        site
        isPlaylist
        title
        channel
        durationSeconds
        thumbnailUrl
        entryCount
        entries {
          videoId
          title
          durationSeconds
          url
          tooLong
        }
        tooLong
        alreadyDownloaded
      }
      ... on DownloadRefused {
        code
        message
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

const EnqueueDownloadMutationDoc = graphql(`
  mutation EnqueueDownload($input: EnqueueDownloadInput!) {
    enqueueDownload(input: $input) {
      __typename
      ... on DownloadQueued {
        download {
          ...DownloadFields
        }
      }
      ... on DownloadAwaitingApproval {
        download {
          ...DownloadFields
        }
      }
      ... on AlreadyDownloaded {
        download {
          ...DownloadFields
        }
      }
      ... on DownloadQuotaExceeded {
        limit
        used
        requested
        resetsAt
        message
      }
      ... on DownloadRefused {
        code
        message
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

const CancelDownloadMutation = graphql(`
  mutation CancelDownload($id: ID!) {
    cancelDownload(id: $id) {
      ...DownloadFields
    }
  }
`);

const RetryDownloadMutation = graphql(`
  mutation RetryDownload($id: ID!) {
    retryDownload(id: $id) {
      ...DownloadFields
    }
  }
`);

const ApproveDownloadMutation = graphql(`
  mutation ApproveDownload($id: ID!) {
    approveDownload(id: $id) {
      ...DownloadFields
    }
  }
`);

const DeclineDownloadMutation = graphql(`
  mutation DeclineDownload($id: ID!, $reason: String) {
    declineDownload(id: $id, reason: $reason) {
      ...DownloadFields
    }
  }
`);

export type DownloadsPage = DownloadsQuery['downloads'];
export type { DownloadDetail, DownloadDetailData } from './cache';
export type DownloadQuota = DownloadQuotaQuery['downloadQuota'];
export type PreviewResult = DownloadPreviewQuery['downloadPreview'];
export type Preview = Extract<PreviewResult, { __typename: 'DownloadPreview' }>;
export type EnqueueResult = EnqueueDownloadMutation['enqueueDownload'];
export type EnqueueInput = EnqueueDownloadInput;

export const DASHBOARD_DOWNLOADS = 5;

function useDownloadList<TKey extends readonly unknown[]>(
  queryKey: TKey,
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<DownloadsPage>,
  enabled = true,
  refetchInterval: number | false = false,
) {
  const query = useInfiniteQuery<DownloadsPage, Error, DownloadsData, TKey, string | null>({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    enabled,
    refetchInterval,
  });
  const downloads = useMemo(() => (query.data ? flattenDownloads(query.data) : []), [query.data]);
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, downloads, totalCount };
}

/**
 * Top-level downloads (videos and playlists), newest first; kept live by useLiveDownloads (the viewer's
 * own) and, for `everyone` lists, by useLiveEveryoneDownloads.
 */
export function useDownloads(filter: DownloadFilter, pageSize = 25) {
  return useDownloadList(downloadKeys.list(filter, pageSize), (after, signal) =>
    request(
      DownloadsQueryDoc,
      { first: pageSize, after, status: filter.status, everyone: filter.everyone, active: filter.active },
      { signal },
    ).then((d) => d.downloads),
  );
}

/** How often approvers who can't follow everyone's downloads live look for new approvals. */
export const APPROVALS_POLL_MS = 30_000;

/**
 * Downloads waiting for approval, oldest first (admins and people who manage requests). Admins' views keep
 * it live through everyone's downloads; other approvers may not follow those, so it is polled for them.
 */
export function useDownloadApprovals(enabled: boolean, pageSize = 25) {
  const viewer = useViewer();
  return useDownloadList(
    downloadKeys.approvals(pageSize),
    (after, signal) => request(DownloadApprovalsQuery, { first: pageSize, after }, { signal }).then((d) => d.downloadApprovals),
    enabled,
    canSeeAllDownloads(viewer) ? false : APPROVALS_POLL_MS,
  );
}

/** How many of a playlist's videos load at a time. */
export const PLAYLIST_PAGE_SIZE = 50;

/**
 * A playlist with its videos, a page at a time (loaded when its row is expanded; the videos then follow
 * live, patched into the cached pages).
 */
export function useDownloadDetail(id: string, enabled: boolean, pageSize = PLAYLIST_PAGE_SIZE) {
  const query = useInfiniteQuery<DownloadDetail | null, Error, DownloadDetailData, ReturnType<typeof downloadKeys.detail>, string | null>({
    queryKey: downloadKeys.detail(id),
    queryFn: ({ pageParam, signal }) =>
      request(DownloadDetailQuery, { id, first: pageSize, after: pageParam }, { signal }).then((d) => d.download),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last?.children.pageInfo.hasNextPage ? (last.children.pageInfo.endCursor ?? undefined) : undefined,
    enabled,
  });
  const videos = useMemo(() => (query.data ? detailVideos(query.data) : []), [query.data]);
  const totalCount = query.data?.pages[0]?.children.totalCount ?? 0;
  return { ...query, videos, totalCount };
}

export function useDownloadQuota(enabled = true) {
  return useQuery({
    queryKey: downloadKeys.quota(),
    queryFn: ({ signal }) => request(DownloadQuotaQueryDoc, {}, { signal }).then((d) => d.downloadQuota),
    enabled,
  });
}

/** What a URL holds. Runs yt-dlp on the server (1–5 s), so answers are kept for a few minutes. */
export function useDownloadPreview(url: string | null) {
  return useQuery({
    queryKey: previewKey(url ?? ''),
    queryFn: ({ signal }) => request(DownloadPreviewQueryDoc, { url: url ?? '' }, { signal }).then((d) => d.downloadPreview),
    enabled: url !== null,
    staleTime: 5 * 60_000,
    gcTime: 10 * 60_000,
    refetchOnWindowFocus: false,
    // A refused link is an answer, not a failure; only a broken connection is worth a second try.
    retry: false,
  });
}

function useApply() {
  const client = useQueryClient();
  const viewer = useViewer();
  return (download: Download): void => applyDownloadToCache(client, download, { mine: download.owner?.id === viewer.id });
}

/** Queues a URL. The download that comes back joins the viewer's lists at once; the quota is refetched. */
export function useEnqueueDownload() {
  const client = useQueryClient();
  const apply = useApply();
  return useMutation({
    mutationFn: (input: EnqueueInput) => request(EnqueueDownloadMutationDoc, { input }).then((d) => d.enqueueDownload),
    onSuccess: (result) => {
      if ('download' in result) apply(result.download);
      void client.invalidateQueries({ queryKey: downloadKeys.quota() });
      // "Already downloaded" may have changed: previews are looked up afresh next time (not now).
      if ('download' in result) void client.invalidateQueries({ queryKey: previewKeys, refetchType: 'none' });
    },
  });
}

function useDownloadMutation(run: (id: string) => Promise<Download>) {
  const client = useQueryClient();
  const apply = useApply();
  return useMutation({
    mutationFn: run,
    onSuccess: (download) => {
      apply(download);
      // A playlist's videos change with it; they arrive live too, this only catches up an open list.
      void client.invalidateQueries({ queryKey: downloadKeys.detail(download.id) });
      void client.invalidateQueries({ queryKey: downloadKeys.quota() });
    },
  });
}

export function useCancelDownload() {
  return useDownloadMutation((id) => request(CancelDownloadMutation, { id }).then((d) => d.cancelDownload));
}

export function useRetryDownload() {
  return useDownloadMutation((id) => request(RetryDownloadMutation, { id }).then((d) => d.retryDownload));
}

export function useApproveDownload() {
  return useDownloadMutation((id) => request(ApproveDownloadMutation, { id }).then((d) => d.approveDownload));
}

export function useDeclineDownload() {
  const client = useQueryClient();
  const apply = useApply();
  return useMutation({
    mutationFn: (vars: { id: string; reason: string | null }) => request(DeclineDownloadMutation, vars).then((d) => d.declineDownload),
    onSuccess: (download) => {
      apply(download);
      void client.invalidateQueries({ queryKey: downloadKeys.detail(download.id) });
    },
  });
}
