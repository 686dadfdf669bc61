import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AuditLogQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';

const AuditLogQueryDoc = graphql(`
  query AuditLog($first: Int!, $after: String, $action: String, $targetType: String) {
    auditLog(first: $first, after: $after, action: $action, targetType: $targetType) {
      edges {
        cursor
        node {
          id
          action
          targetType
          targetId
          before
          after
          createdAt
          actor {
            id
            displayName
            username
            avatarUrl
          }
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

export type AuditPage = AuditLogQuery['auditLog'];
export type AuditEntry = AuditPage['edges'][number]['node'];

export interface AuditFilter {
  action: string | null;
  targetType: string | null;
}

const PAGE_SIZE = 30;

export function useAuditLog(filter: AuditFilter) {
  const query = useInfiniteQuery<AuditPage, Error, InfiniteData<AuditPage, string | null>, readonly unknown[], string | null>({
    queryKey: ['auditLog', filter],
    queryFn: ({ pageParam, signal }) =>
      request(AuditLogQueryDoc, { first: PAGE_SIZE, after: pageParam, action: filter.action, targetType: filter.targetType }, { signal }).then(
        (d) => d.auditLog,
      ),
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: (previous) => previous,
  });
  const entries = query.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  return { ...query, entries, totalCount: query.data?.pages[0]?.totalCount ?? 0 };
}
