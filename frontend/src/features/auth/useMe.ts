import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';

const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      avatarUrl
      role
      isAdmin
      isOwner
      permissions
    }
  }
`);

export type Viewer = NonNullable<MeQuery['me']>;

export const meKey = ['me'] as const;

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => request(MeDocument, {}, { signal }).then((d) => d.me),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user inside the app shell (only rendered once `me` is loaded and non-null). */
export function useViewer(): Viewer {
  const { data } = useMe();
  if (!data) throw new Error('useViewer used outside a signed-in area');
  return data;
}
