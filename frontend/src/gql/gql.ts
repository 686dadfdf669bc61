/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n": typeof types.StartPlexSignInDocument,
    "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": typeof types.CheckPlexSignInDocument,
    "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": typeof types.CancelPlexSignInDocument,
    "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n": typeof types.PlexSignInOutcomeFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n": typeof types.RunHousekeepingDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.JobsDocument,
    "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": typeof types.JobUpdatedDocument,
};
const documents: Documents = {
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n": types.StartPlexSignInDocument,
    "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": types.CheckPlexSignInDocument,
    "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n": types.CancelPlexSignInDocument,
    "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n": types.PlexSignInOutcomeFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": types.CancelJobDocument,
    "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n": types.RunHousekeepingDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.JobsDocument,
    "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": types.JobUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      mode\n    }\n  }\n"): typeof import('./graphql').ServerInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlexSignIn($redirect: Boolean!) {\n    startPlexSignIn(redirect: $redirect) {\n      __typename\n      ... on PlexSignInStarted {\n        id\n        authUrl\n        expiresAt\n      }\n      ... on PlexSignInFailed {\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').StartPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPlexSignIn($id: ID!) {\n    checkPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n"): typeof import('./graphql').CheckPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPlexSignIn($id: ID!) {\n    cancelPlexSignIn(id: $id) {\n      ...PlexSignInOutcome\n    }\n  }\n"): typeof import('./graphql').CancelPlexSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlexSignInOutcome on PlexSignInResult {\n    __typename\n    ... on PlexSignInPending {\n      id\n    }\n    ... on SignedIn {\n      needsSetup\n      user {\n        id\n        displayName\n      }\n    }\n    ... on PlexSignInFailed {\n      reason\n      message\n    }\n  }\n"): typeof import('./graphql').PlexSignInOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      avatarUrl\n      role\n      isAdmin\n      isOwner\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').CancelJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunHousekeeping {\n    runHousekeeping {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').RunHousekeepingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    id\n    kind\n    title\n    status\n    progress\n    message\n    error\n    attempts\n    createdAt\n    startedAt\n    finishedAt\n    updatedAt\n    owner {\n      id\n      displayName\n      username\n    }\n  }\n"): typeof import('./graphql').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($first: Int!, $after: String, $status: JobStatus, $kind: String) {\n    jobs(first: $first, after: $after, status: $status, kind: $kind) {\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdated {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"): typeof import('./graphql').JobUpdatedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
