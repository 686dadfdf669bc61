import { ApiError } from './graphql';

export interface FriendlyError {
  /** Short headline: what happened. */
  title: string;
  /** One or two sentences: why, and what to try. */
  detail: string;
  /** Whether trying the same thing again may help (controls Retry buttons). */
  retryable: boolean;
}

const BY_CODE: Record<string, FriendlyError> = {
  UNAUTHENTICATED: {
    title: 'You are signed out',
    detail: 'Your session has ended. Sign in again to carry on.',
    retryable: false,
  },
  FORBIDDEN: {
    title: 'Not allowed',
    detail: "Your account doesn't have permission to do that. Ask your server admin if you think it should.",
    retryable: false,
  },
  NOT_FOUND: {
    title: 'Not found',
    detail: 'It may have been removed or finished cleaning up. Refresh the list and try again.',
    retryable: true,
  },
  BAD_USER_INPUT: {
    title: "That didn't work",
    detail: 'The server rejected the request as invalid.',
    retryable: false,
  },
  RATE_LIMITED: {
    title: 'Slow down a little',
    detail: "You're doing that too often. Wait a minute, then try again.",
    retryable: true,
  },
};

const NETWORK: FriendlyError = {
  title: "Can't reach MediaNest",
  detail: 'Check your connection, or whether the server is running, then try again.',
  retryable: true,
};

const UNKNOWN: FriendlyError = {
  title: 'Something went wrong',
  detail: 'The server hit an unexpected problem. Try again in a moment; if it keeps happening, tell your server admin.',
  retryable: true,
};

/** Maps any thrown value (usually an {@link ApiError}) to text that tells a person what happened and what to try. */
export function toFriendlyError(error: unknown): FriendlyError {
  if (!(error instanceof ApiError)) {
    if (error instanceof TypeError) return NETWORK;
    return UNKNOWN;
  }
  if (error.kind === 'network') return NETWORK;
  if (error.kind === 'graphql' && error.code) {
    const known: FriendlyError | undefined = BY_CODE[error.code];
    if (known) {
      // BAD_USER_INPUT messages are written for people (validation); show the server's wording.
      if (error.code === 'BAD_USER_INPUT' && error.message) {
        return { ...known, detail: error.message };
      }
      return known;
    }
  }
  if (error.kind === 'http' && error.status !== null) {
    if (error.status === 401) return BY_CODE.UNAUTHENTICATED;
    if (error.status === 403) return BY_CODE.FORBIDDEN;
    if (error.status === 429) return BY_CODE.RATE_LIMITED;
    if (error.status === 502 || error.status === 503 || error.status === 504) {
      return {
        title: 'MediaNest is starting or unavailable',
        detail: `The server answered with HTTP ${error.status}. Wait a few seconds, then try again.`,
        retryable: true,
      };
    }
  }
  return UNKNOWN;
}

/** True when retrying automatically could help (network blips, 5xx); false for definite answers like FORBIDDEN. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'network') return true;
  if (error.kind === 'http') return error.status === null || error.status >= 500;
  return false;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.status === 401);
}

/** Seconds to wait before trying again, from a RATE_LIMITED error's `extensions.retryAfter`. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'RATE_LIMITED') return null;
  const value = error.errors[0]?.extensions?.retryAfter;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}

const SERVER_WORDED = new Set(['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'RATE_LIMITED']);

/**
 * One sentence for a form-level alert. The server's own wording is written for people for the codes
 * above ("The server's owner is always an active admin."), so prefer it; otherwise the friendly text.
 */
export function errorSentence(error: unknown): string {
  if (error instanceof ApiError && error.code && SERVER_WORDED.has(error.code) && error.message) return error.message;
  return toFriendlyError(error).detail;
}

/** The input a BAD_USER_INPUT GraphQL error names in `extensions.field` (e.g. "plexPath"), if any. */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return null;
  const field = error.errors[0]?.extensions?.field;
  return typeof field === 'string' && field ? field : null;
}
