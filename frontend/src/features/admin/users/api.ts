import { useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { Role, UserFieldsFragment, UsersQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    email
    avatarUrl
    role
    isAdmin
    isOwner
    active
    permissions
    requestsPerWeek
    downloadsPerDay
    createdAt
    lastSeenAt
  }
`);

const UsersListQuery = graphql(`
  query Users($first: Int!, $after: String, $search: String, $role: Role, $active: Boolean) {
    users(first: $first, after: $after, search: $search, role: $role, active: $active) {
      edges {
        cursor
        node {
          ...UserFields
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

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      __typename
      ... on UserUpdated {
        user {
          ...UserFields
        }
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

export const ImportPlexUsersMutation = graphql(`
  mutation ImportPlexUsers {
    importPlexUsers {
      __typename
      ... on UsersImported {
        skipped
        imported {
          id
        }
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

const UserSessionsQuery = graphql(`
  query UserSessions($userId: ID!) {
    userSessions(userId: $userId) {
      id
      device
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);

export type AdminUser = UserFieldsFragment;
export type UsersPage = UsersQuery['users'];
export type UsersData = InfiniteData<UsersPage, string | null>;

export interface UserFilter {
  search: string;
  role: Role | null;
  active: boolean | null;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  list: (filter: UserFilter) => ['users', 'list', filter] as const,
  sessions: (userId: string) => ['users', 'sessions', userId] as const,
};

const PAGE_SIZE = 25;

export function useUserList(filter: UserFilter) {
  const query = useInfiniteQuery<UsersPage, Error, UsersData, ReturnType<typeof userKeys.list>, string | null>({
    queryKey: userKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      request(
        UsersListQuery,
        { first: PAGE_SIZE, after: pageParam, search: filter.search || null, role: filter.role, active: filter.active },
        { signal },
      ).then((d) => d.users),
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: (previous) => previous,
  });
  const seen = new Set<string>();
  const users: AdminUser[] = [];
  for (const page of query.data?.pages ?? []) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      users.push(edge.node);
    }
  }
  return { ...query, users, totalCount: query.data?.pages[0]?.totalCount ?? 0 };
}

/** Replace one user in every cached list (after a save), without refetching. */
export function replaceUserInPages(data: UsersData | undefined, user: AdminUser): UsersData | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      edges: page.edges.map((edge) => (edge.node.id === user.id ? { ...edge, node: user } : edge)),
    })),
  };
}

export function useUserSessions(userId: string) {
  return useQuery({
    queryKey: userKeys.sessions(userId),
    queryFn: ({ signal }) => request(UserSessionsQuery, { userId }, { signal }).then((d) => d.userSessions),
  });
}
