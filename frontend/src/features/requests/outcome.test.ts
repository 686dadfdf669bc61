import { describe, expect, it } from 'vitest';
import type { RequestMediaResult } from './api';
import type { MediaRequest } from './keys';
import { describeOutcome, QUEUED_MESSAGE, quotaMessage } from './outcome';

const request = { id: '1', title: 'Dune' } as MediaRequest;

describe('describeOutcome', () => {
  it.each<[string, RequestMediaResult, object]>([
    ['created', { __typename: 'RequestCreated', request }, { variant: 'success', title: 'Requested', description: 'Dune' }],
    ['queued', { __typename: 'RequestQueued', request }, { variant: 'info', title: 'Request queued', description: QUEUED_MESSAGE }],
    [
      'already requested',
      { __typename: 'AlreadyRequested', request },
      { variant: 'info', title: 'Already requested', description: 'Dune has already been requested.' },
    ],
    [
      'already available',
      { __typename: 'AlreadyAvailable', message: 'Dune is already on Plex.' },
      { variant: 'info', title: 'Already on Plex', description: 'Dune is already on Plex.' },
    ],
    [
      'validation error',
      { __typename: 'ValidationError', message: 'Season numbers start at 0.', field: 'seasons' },
      { variant: 'error', title: "Couldn't request Dune", description: 'Season numbers start at 0.', field: 'seasons' },
    ],
    [
      'validation error without a field',
      { __typename: 'ValidationError', message: 'Nope.', field: null },
      { variant: 'error', description: 'Nope.', field: null },
    ],
  ])('%s', (_name, result, expected) => {
    expect(describeOutcome(result, 'Dune', 'en-US')).toMatchObject(expected);
  });

  it('spells out the weekly quota and when it resets', () => {
    const outcome = describeOutcome({ __typename: 'QuotaExceeded', limit: 5, resetsAt: '2025-03-10T12:00:00Z' }, 'Dune', 'en-US');
    expect(outcome).toEqual({
      variant: 'error',
      title: 'Request limit reached',
      description: "You've used your 5 requests this week; more from Mar 10, 2025",
    });
    expect(outcome.field).toBeUndefined();
  });

  it('quotaMessage handles one request and an unknown reset', () => {
    expect(quotaMessage(1, null)).toBe("You've used your 1 request this week.");
    expect(quotaMessage(3, '2025-01-02T00:00:00Z', 'en-US')).toBe("You've used your 3 requests this week; more from Jan 2, 2025");
  });

  it('says queued requests go out on their own', () => {
    expect(QUEUED_MESSAGE).toBe('Overseerr is unreachable — your request is queued and will be sent automatically');
  });
});
