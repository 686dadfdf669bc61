import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '../../gql';
import { request } from '../../lib/graphql';
import { flattenJobs, type JobsData, type JobsPage } from './cache';
import { jobKeys, type JobFilter } from './keys';

// Every field the UI shows for a job; shared by the list query, the mutations and the live subscription.
export const JobFields = graphql(`
  fragment JobFields on Job {
    id
    kind
    title
    status
    progress
    message
    error
    attempts
    createdAt
    startedAt
    finishedAt
    updatedAt
    owner {
      id
      displayName
      username
    }
  }
`);

export const JobsListQuery = graphql(`
  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {
    jobs(first: $first, after: $after, status: $status, kind: $kind) {
      edges {
        cursor
        node {
          ...JobFields
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

/** Newest-first job list with cursor paging ("Load more"). Live updates are merged in by useLiveJobs. */
export function useJobList(filter: JobFilter, pageSize = 20) {
  const query = useInfiniteQuery<JobsPage, Error, JobsData, ReturnType<typeof jobKeys.list>, string | null>({
    queryKey: jobKeys.list(filter, pageSize),
    queryFn: async ({ pageParam, signal }) => {
      const data = await request(
        JobsListQuery,
        { first: pageSize, after: pageParam, status: filter.status, kind: filter.kind },
        { signal },
      );
      return data.jobs;
    },
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });
  const jobs = query.data ? flattenJobs(query.data) : [];
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, jobs, totalCount };
}
