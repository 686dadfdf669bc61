import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import type { AnnouncementFieldsFragment, AnnouncementSeverity } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { subscribe } from '../../lib/ws';

export const AnnouncementFields = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    title
    body
    severity
    endsAt
    createdAt
  }
`);

const AnnouncementsQueryDoc = graphql(`
  query Announcements {
    announcements {
      ...AnnouncementFields
    }
  }
`);

const AnnouncementsSubscription = graphql(`
  subscription AnnouncementsUpdated {
    announcementsUpdated {
      ...AnnouncementFields
    }
  }
`);

const PostAnnouncementMutation = graphql(`
  mutation PostAnnouncement($title: String!, $body: String!, $severity: AnnouncementSeverity!, $endsAt: DateTime) {
    postAnnouncement(title: $title, body: $body, severity: $severity, endsAt: $endsAt) {
      ...AnnouncementFields
    }
  }
`);

const EndAnnouncementMutation = graphql(`
  mutation EndAnnouncement($id: ID!) {
    endAnnouncement(id: $id) {
      ...AnnouncementFields
    }
  }
`);

export type Announcement = AnnouncementFieldsFragment;
export type { AnnouncementSeverity };

export const announcementKeys = {
  /** The announcements everyone sees now, as the server last pushed (or listed) them. */
  current: ['announcements'] as const,
};

/** Least to most severe, as the server orders them. */
export const SEVERITIES: AnnouncementSeverity[] = ['INFO', 'MAINTENANCE', 'WARNING', 'OUTAGE'];

function numericId(id: string): number {
  const n = Number(id);
  return Number.isFinite(n) ? n : 0;
}

/** The server's order: the most severe first, then the newest. */
export function sortAnnouncements(list: Announcement[]): Announcement[] {
  return [...list].sort(
    (a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || numericId(b.id) - numericId(a.id),
  );
}

/** Still to be shown at `now`: an end time that has passed hides it before the server says so. */
export function isCurrent(announcement: Pick<Announcement, 'endsAt'>, now: number): boolean {
  if (!announcement.endsAt) return true;
  const end = Date.parse(announcement.endsAt);
  return Number.isNaN(end) || end > now;
}

/**
 * The current announcements. `load`: ask the server when nothing was pushed yet (the admin page); the
 * banners only show what `announcementsUpdated` pushes.
 */
export function announcementsQueryOptions(load: boolean) {
  return queryOptions({
    queryKey: announcementKeys.current,
    queryFn: ({ signal }) => request(AnnouncementsQueryDoc, {}, { signal }).then((d) => d.announcements),
    // Pushes keep it current.
    staleTime: Infinity,
    enabled: load,
  });
}

export function useAnnouncements(load = false) {
  return useQuery(announcementsQueryOptions(load));
}

const RESUBSCRIBE_MS = 5_000;

/**
 * Keeps the current announcements in the cache for the whole signed-in session: the stream's first
 * message is the current list (also after a reconnect), then it comes again on every change.
 */
export function useLiveAnnouncements(): void {
  const client = useQueryClient();
  // Only pushes fill this entry while no admin page is open: observe it for the session (without
  // re-rendering) so it is never garbage-collected.
  useQuery({ ...announcementsQueryOptions(false), notifyOnChangeProps: [] });

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(AnnouncementsSubscription, {}, {
        next: ({ announcementsUpdated }) => client.setQueryData<Announcement[]>(announcementKeys.current, announcementsUpdated),
        // The stream ended with an error: start again shortly; its first message catches us up.
        error: () => {
          retry = setTimeout(start, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    return () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }, [client]);
}

function updateCurrent(client: QueryClient, update: (list: Announcement[]) => Announcement[]): void {
  const list = client.getQueryData<Announcement[]>(announcementKeys.current);
  if (list) client.setQueryData<Announcement[]>(announcementKeys.current, update(list));
}

export interface PostAnnouncementInput {
  title: string;
  body: string;
  severity: AnnouncementSeverity;
  endsAt: string | null;
}

/** Posts a banner for everyone; it shows at once here (the push that follows brings the same list). */
export function usePostAnnouncement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PostAnnouncementInput) => request(PostAnnouncementMutation, input).then((d) => d.postAnnouncement),
    onSuccess: (posted) =>
      updateCurrent(client, (list) => sortAnnouncements([...list.filter((a) => a.id !== posted.id), posted])),
  });
}

/** Ends a banner for everyone now. */
export function useEndAnnouncement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(EndAnnouncementMutation, { id }).then((d) => d.endAnnouncement),
    onSuccess: (ended) => updateCurrent(client, (list) => list.filter((a) => a.id !== ended.id)),
  });
}
