import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../gql';
import type { ApiTokenFieldsFragment, MySessionsQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';

const MySessionsQueryDoc = graphql(`
  query MySessions {
    mySessions {
      id
      device
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
  }
`);

const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on ApiTokenCreated {
        secret
        token {
          ...ApiTokenFields
        }
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

const MyEmailQuery = graphql(`
  query MyEmail {
    me {
      id
      email
    }
  }
`);

export const UpdateMyEmailMutation = graphql(`
  mutation UpdateMyEmail($email: String!) {
    updateMyEmail(email: $email) {
      __typename
      ... on UserUpdated {
        user {
          id
          email
        }
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export type DeviceSession = MySessionsQuery['mySessions'][number];
export type ApiToken = ApiTokenFieldsFragment;

export const profileKeys = {
  sessions: ['mySessions'] as const,
  tokens: ['myApiTokens'] as const,
  /** The viewer's email address (null when none is set). */
  email: ['myEmail'] as const,
};

/** The viewer's email address, used for email notifications; null when none is set. */
export function useMyEmail() {
  return useQuery({
    queryKey: profileKeys.email,
    queryFn: ({ signal }) => request(MyEmailQuery, {}, { signal }).then((d) => d.me?.email ?? null),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: profileKeys.sessions,
    queryFn: ({ signal }) => request(MySessionsQueryDoc, {}, { signal }).then((d) => d.mySessions),
  });
}

export function useMyApiTokens() {
  return useQuery({
    queryKey: profileKeys.tokens,
    queryFn: ({ signal }) => request(MyApiTokensQuery, {}, { signal }).then((d) => d.myApiTokens),
  });
}
