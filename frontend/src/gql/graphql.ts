/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type JobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Permission =
  | 'AUTO_APPROVE'
  | 'DOWNLOAD'
  | 'DOWNLOAD_NO_APPROVAL'
  | 'MANAGE_REQUESTS'
  | 'MANAGE_SETTINGS'
  | 'MANAGE_USERS'
  | 'REQUEST';

export type Role =
  | 'ADMIN'
  | 'USER';

export type SignInFailure =
  | 'CANCELLED'
  | 'DISABLED'
  | 'EXPIRED'
  | 'NOT_SET_UP'
  | 'NO_ACCESS'
  | 'PLEX_REFUSED'
  | 'PLEX_UNREACHABLE';

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, mode: string } };

export type StartPlexSignInMutationVariables = Exact<{
  redirect: boolean;
}>;


export type StartPlexSignInMutation = { startPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInStarted', id: string, authUrl: string, expiresAt: string }
   };

export type CheckPlexSignInMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckPlexSignInMutation = { checkPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInPending', id: string }
    | { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } }
   };

export type CancelPlexSignInMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelPlexSignInMutation = { cancelPlexSignIn:
    | { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string }
    | { __typename: 'PlexSignInPending', id: string }
    | { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } }
   };

type PlexSignInOutcome_PlexSignInFailed_Fragment = { __typename: 'PlexSignInFailed', reason: SignInFailure, message: string };

type PlexSignInOutcome_PlexSignInPending_Fragment = { __typename: 'PlexSignInPending', id: string };

type PlexSignInOutcome_SignedIn_Fragment = { __typename: 'SignedIn', needsSetup: boolean, user: { id: string, displayName: string } };

export type PlexSignInOutcomeFragment =
  | PlexSignInOutcome_PlexSignInFailed_Fragment
  | PlexSignInOutcome_PlexSignInPending_Fragment
  | PlexSignInOutcome_SignedIn_Fragment
;

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, avatarUrl: string | null, role: Role, isAdmin: boolean, isOwner: boolean, permissions: Array<Permission> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJobMutation = { cancelJob: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type RunHousekeepingMutationVariables = Exact<{ [key: string]: never; }>;


export type RunHousekeepingMutation = { runHousekeeping: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export type JobFieldsFragment = { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null };

export type JobsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: JobStatus | null | undefined;
  kind?: string | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JobUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type JobUpdatedSubscription = { jobUpdated: { id: string, kind: string, title: string, status: JobStatus, progress: number, message: string | null, error: string | null, attempts: number, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, owner: { id: string, displayName: string, username: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PlexSignInOutcomeFragmentDoc = new TypedDocumentString(`
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}
    `, {"fragmentName":"PlexSignInOutcome"}) as unknown as TypedDocumentString<PlexSignInOutcomeFragment, unknown>;
export const JobFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    mode
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;
export const StartPlexSignInDocument = new TypedDocumentString(`
    mutation StartPlexSignIn($redirect: Boolean!) {
  startPlexSignIn(redirect: $redirect) {
    __typename
    ... on PlexSignInStarted {
      id
      authUrl
      expiresAt
    }
    ... on PlexSignInFailed {
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartPlexSignInMutation, StartPlexSignInMutationVariables>;
export const CheckPlexSignInDocument = new TypedDocumentString(`
    mutation CheckPlexSignIn($id: ID!) {
  checkPlexSignIn(id: $id) {
    ...PlexSignInOutcome
  }
}
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}`) as unknown as TypedDocumentString<CheckPlexSignInMutation, CheckPlexSignInMutationVariables>;
export const CancelPlexSignInDocument = new TypedDocumentString(`
    mutation CancelPlexSignIn($id: ID!) {
  cancelPlexSignIn(id: $id) {
    ...PlexSignInOutcome
  }
}
    fragment PlexSignInOutcome on PlexSignInResult {
  __typename
  ... on PlexSignInPending {
    id
  }
  ... on SignedIn {
    needsSetup
    user {
      id
      displayName
    }
  }
  ... on PlexSignInFailed {
    reason
    message
  }
}`) as unknown as TypedDocumentString<CancelPlexSignInMutation, CancelPlexSignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CancelJobDocument = new TypedDocumentString(`
    mutation CancelJob($id: ID!) {
  cancelJob(id: $id) {
    ...JobFields
  }
}
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
}`) as unknown as TypedDocumentString<CancelJobMutation, CancelJobMutationVariables>;
export const RunHousekeepingDocument = new TypedDocumentString(`
    mutation RunHousekeeping {
  runHousekeeping {
    ...JobFields
  }
}
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
}`) as unknown as TypedDocumentString<RunHousekeepingMutation, RunHousekeepingMutationVariables>;
export const JobsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JobUpdatedDocument = new TypedDocumentString(`
    subscription JobUpdated {
  jobUpdated {
    ...JobFields
  }
}
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
}`) as unknown as TypedDocumentString<JobUpdatedSubscription, JobUpdatedSubscriptionVariables>;