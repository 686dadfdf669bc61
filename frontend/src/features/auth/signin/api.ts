import { graphql } from '../../../gql';
import type { CheckPlexSignInMutation, StartPlexSignInMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';

const StartPlexSignIn = graphql(`
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
`);

const CheckPlexSignIn = graphql(`
  mutation CheckPlexSignIn($id: ID!) {
    checkPlexSignIn(id: $id) {
      ...PlexSignInOutcome
    }
  }
`);

const CancelPlexSignIn = graphql(`
  mutation CancelPlexSignIn($id: ID!) {
    cancelPlexSignIn(id: $id) {
      ...PlexSignInOutcome
    }
  }
`);

export const PlexSignInOutcome = graphql(`
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
`);

export type StartResult = StartPlexSignInMutation['startPlexSignIn'];
export type CheckResult = CheckPlexSignInMutation['checkPlexSignIn'];

export const startPlexSignIn = (redirect: boolean): Promise<StartResult> =>
  request(StartPlexSignIn, { redirect }).then((d) => d.startPlexSignIn);

export const checkPlexSignIn = (id: string): Promise<CheckResult> =>
  request(CheckPlexSignIn, { id }).then((d) => d.checkPlexSignIn);

export const cancelPlexSignIn = (id: string): Promise<CheckResult> =>
  request(CancelPlexSignIn, { id }).then((d) => d.cancelPlexSignIn);
