import { describe, expect, it } from 'vitest';
import { makeDownload } from '../../test/fixtures';
import { formatBytes, formatEta, formatLength, formatSpeed, progressFacts, progressValueText, videosDone } from './format';

describe('formatBytes', () => {
  it.each<[number | null | undefined, string]>([
    [null, ''],
    [undefined, ''],
    [-1, ''],
    [Number.NaN, ''],
    [0, '0 B'],
    [512, '512 B'],
    [1536, '1.5 KB'],
    [12 * 1024 * 1024, '12 MB'],
    [120.4 * 1024 * 1024, '120 MB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
    [1023.96 * 1024, '1 MB'],
  ])('%s → %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatSpeed', () => {
  it('adds /s, and is empty when unknown or stopped', () => {
    expect(formatSpeed(1.5 * 1024 * 1024)).toBe('1.5 MB/s');
    expect(formatSpeed(0)).toBe('');
    expect(formatSpeed(null)).toBe('');
  });
});

describe('formatEta', () => {
  it.each<[number | null, string]>([
    [null, ''],
    [-5, ''],
    [0, '1 s left'],
    [45, '45 s left'],
    [185, '3 min left'],
    [3600, '1 h left'],
    [3900, '1 h 5 min left'],
  ])('%s → %j', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });
});

describe('formatLength', () => {
  it('reads like a player clock', () => {
    expect(formatLength(45)).toBe('0:45');
    expect(formatLength(185)).toBe('3:05');
    expect(formatLength(3723)).toBe('1:02:03');
    expect(formatLength(null)).toBe('');
  });
});

describe('progress text', () => {
  it('lists phase, bytes, speed and time left for a running video', () => {
    const d = makeDownload({
      id: '1',
      status: 'RUNNING',
      phase: 'DOWNLOADING',
      progress: 0.42,
      downloadedBytes: 12 * 1024 * 1024,
      totalBytes: 30 * 1024 * 1024,
      speedBytesPerSecond: 1.5 * 1024 * 1024,
      etaSeconds: 125,
    });
    expect(progressFacts(d)).toEqual(['Downloading', '12 MB of 30 MB', '1.5 MB/s', '2 min left']);
    expect(progressValueText(d)).toBe('42%, downloading, 2 min left');
  });

  it('says queued for a waiting one, and leads a playlist with its videos', () => {
    expect(progressFacts(makeDownload({ id: '1' }))).toEqual(['Queued']);
    const playlist = makeDownload({
      id: '2',
      kind: 'PLAYLIST',
      status: 'RUNNING',
      phase: 'DOWNLOADING',
      entryCount: 10,
      completedCount: 3,
      progress: 0.35,
      downloadedBytes: 5 * 1024 * 1024,
      totalBytes: 2 * 1024 * 1024,
    });
    expect(progressFacts(playlist)).toEqual(['3 of 10 videos', 'Downloading', '5 MB']);
    expect(progressValueText(playlist)).toBe('35%, 3 of 10 videos, downloading');
    expect(videosDone({ completedCount: 1, entryCount: 1 })).toBe('1 of 1 video');
  });
});
