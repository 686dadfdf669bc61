import { describe, expect, it } from 'vitest';
import { makeDownload } from '../../test/fixtures';
import type { DownloadQuota, EnqueueResult } from './api';
import { describeEnqueueOutcome } from './outcome';
import { quotaText } from './QuotaNote';

const video = makeDownload({ id: '1', title: 'Big Buck Bunny' });
const playlist = makeDownload({ id: '2', kind: 'PLAYLIST', title: 'Open Movies', entryCount: 4 });

describe('describeEnqueueOutcome', () => {
  it.each<[string, EnqueueResult, object]>([
    ['queued', { __typename: 'DownloadQueued', download: video }, { variant: 'success', title: 'Download queued', description: 'Big Buck Bunny', done: true }],
    [
      'queued playlist',
      { __typename: 'DownloadQueued', download: playlist },
      { variant: 'success', description: '4 videos from Open Movies', done: true },
    ],
    [
      'awaiting approval',
      { __typename: 'DownloadAwaitingApproval', download: video },
      { variant: 'info', title: 'Waiting for approval', description: 'Big Buck Bunny starts once it is approved.', done: true },
    ],
    [
      'already downloaded',
      { __typename: 'AlreadyDownloaded', download: video },
      { variant: 'info', title: 'Already in the library', description: 'Big Buck Bunny is already on Plex in this format.', done: true },
    ],
    [
      'quota without a reset time',
      { __typename: 'DownloadQuotaExceeded', limit: 5, used: 5, requested: 1, resetsAt: null, message: 'You can download 5 videos a day.' },
      { variant: 'error', title: 'Download limit reached', description: 'You can download 5 videos a day.', done: false },
    ],
    [
      'refused',
      { __typename: 'DownloadRefused', code: 'SITE_NOT_ALLOWED', message: 'Ask an admin to allow the site.' },
      { variant: 'error', title: "This site isn't allowed", description: 'Ask an admin to allow the site.', done: false },
    ],
    [
      'validation error',
      { __typename: 'ValidationError', message: 'Choose between 1 and 500 videos.', field: 'maxVideos' },
      { variant: 'error', title: "Couldn't start the download", description: 'Choose between 1 and 500 videos.', done: false },
    ],
  ])('%s', (_name, result, expected) => {
    expect(describeEnqueueOutcome(result, 'en-US')).toMatchObject(expected);
  });

  it('says when the quota frees up', () => {
    const outcome = describeEnqueueOutcome(
      { __typename: 'DownloadQuotaExceeded', limit: 5, used: 5, requested: 2, resetsAt: '2030-03-12T15:45:00Z', message: 'Try again later.' },
      'en-US',
    );
    expect(outcome.description).toMatch(/^Try again later\. More from \w{3},? \d{1,2}:\d{2}\s?[AP]M\.$/);
  });
});

describe('quotaText', () => {
  const quota = (overrides: Partial<DownloadQuota> = {}): DownloadQuota => ({
    used: 13,
    limit: 20,
    remaining: 7,
    periodHours: 24,
    resetsAt: null,
    needsApproval: false,
    maxDurationMinutes: null,
    maxFileSizeMb: null,
    unlimited: false,
    ...overrides,
  });

  it('counts what is left, and none when the server says no limit applies', () => {
    expect(quotaText(quota())).toBe('7 of 20 left today');
    // `unlimited` decides, not the numbers (an admin's limit and remaining still come back).
    expect(quotaText(quota({ unlimited: true, remaining: 0, used: 20 }))).toBe('No daily limit');
    expect(quotaText(quota({ remaining: 0, used: 20 }))).toBe('None left today');
    expect(quotaText(quota({ remaining: 0, used: 20, resetsAt: '2030-03-12T15:45:00Z' }), 'en-US')).toMatch(
      /^None left today · more from \w{3}/,
    );
    expect(quotaText(quota({ limit: 0, remaining: 0, used: 0 }))).toMatch(/no downloads a day/);
  });
});
