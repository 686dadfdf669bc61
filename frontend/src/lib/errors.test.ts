import { describe, expect, it } from 'vitest';
import { errorField, errorSentence, isTransient, isUnauthenticated, retryAfterSeconds, toFriendlyError } from './errors';
import { ApiError } from './graphql';

const gqlError = (code: string, message = 'server text'): ApiError =>
  new ApiError(message, { kind: 'graphql', code, errors: [{ message, extensions: { code } }] });

describe('toFriendlyError', () => {
  it.each([
    ['UNAUTHENTICATED', /sign in again/i, false],
    ['FORBIDDEN', /permission/i, false],
    ['NOT_FOUND', /removed/i, true],
    ['RATE_LIMITED', /wait a minute/i, true],
  ])('%s → friendly text', (code, pattern, retryable) => {
    const friendly = toFriendlyError(gqlError(code));
    expect(friendly.detail).toMatch(pattern);
    expect(friendly.retryable).toBe(retryable);
    expect(friendly.detail).not.toContain('server text');
  });

  it('shows the server’s own wording for BAD_USER_INPUT (validation messages are meant for people)', () => {
    const friendly = toFriendlyError(gqlError('BAD_USER_INPUT', 'That URL is not a YouTube video.'));
    expect(friendly.detail).toBe('That URL is not a YouTube video.');
    expect(friendly.retryable).toBe(false);
  });

  it('explains network failures', () => {
    const friendly = toFriendlyError(new ApiError('Network request failed', { kind: 'network' }));
    expect(friendly.title).toBe("Can't reach MediaNest");
    expect(friendly.retryable).toBe(true);
    expect(toFriendlyError(new TypeError('Failed to fetch')).title).toBe("Can't reach MediaNest");
  });

  it('maps HTTP statuses without a GraphQL body', () => {
    expect(toFriendlyError(new ApiError('HTTP 401', { kind: 'http', status: 401 })).title).toBe('You are signed out');
    expect(toFriendlyError(new ApiError('HTTP 429', { kind: 'http', status: 429 })).title).toBe('Slow down a little');
    expect(toFriendlyError(new ApiError('HTTP 503', { kind: 'http', status: 503 })).detail).toContain('503');
  });

  it('falls back to a generic message for unknown codes and values', () => {
    expect(toFriendlyError(gqlError('INTERNAL_SERVER_ERROR')).title).toBe('Something went wrong');
    expect(toFriendlyError('weird').title).toBe('Something went wrong');
  });
});

describe('isTransient / isUnauthenticated', () => {
  it('retries only what may succeed next time', () => {
    expect(isTransient(new ApiError('x', { kind: 'network' }))).toBe(true);
    expect(isTransient(new ApiError('x', { kind: 'http', status: 502 }))).toBe(true);
    expect(isTransient(new ApiError('x', { kind: 'http', status: 400 }))).toBe(false);
    expect(isTransient(gqlError('FORBIDDEN'))).toBe(false);
  });

  it('recognises an ended session', () => {
    expect(isUnauthenticated(gqlError('UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticated(new ApiError('x', { kind: 'http', status: 401 }))).toBe(true);
    expect(isUnauthenticated(gqlError('FORBIDDEN'))).toBe(false);
  });
});

describe('retryAfterSeconds / errorSentence', () => {
  it('reads retryAfter from a RATE_LIMITED error only', () => {
    const limited = new ApiError('Too many', {
      kind: 'graphql',
      code: 'RATE_LIMITED',
      errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfter: 41.2 } }],
    });
    expect(retryAfterSeconds(limited)).toBe(42);
    expect(retryAfterSeconds(gqlError('FORBIDDEN'))).toBeNull();
    expect(retryAfterSeconds(new Error('x'))).toBeNull();
  });

  it('prefers the server wording for FORBIDDEN and input errors, friendly text otherwise', () => {
    expect(errorSentence(gqlError('FORBIDDEN', "The server's owner is always an active admin."))).toBe(
      "The server's owner is always an active admin.",
    );
    expect(errorSentence(new ApiError('Network request failed', { kind: 'network' }))).toMatch(/Check your connection/);
  });
});

describe('errorField', () => {
  it('reads the input named by a BAD_USER_INPUT error', () => {
    const invalid = new ApiError('The Plex path is an absolute folder path.', {
      kind: 'graphql',
      code: 'BAD_USER_INPUT',
      errors: [{ message: 'The Plex path is an absolute folder path.', extensions: { code: 'BAD_USER_INPUT', field: 'plexPath' } }],
    });
    expect(errorField(invalid)).toBe('plexPath');
    expect(errorField(gqlError('BAD_USER_INPUT'))).toBeNull();
    expect(errorField(gqlError('FORBIDDEN'))).toBeNull();
    expect(errorField(new Error('x'))).toBeNull();
  });
});
