import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeData, makeJob, makePage } from '../../test/fixtures';
import { applyJobToCache, findCachedJob, flattenJobs, jobMatchesFilter, mergeJobIntoPages, type JobsData } from './cache';
import { jobKeys, type JobFilter } from './keys';

const ALL: JobFilter = { status: null, kind: null };
const at = (minutes: number): string => new Date(Date.UTC(2025, 2, 4, 12, minutes)).toISOString();

const j3 = makeJob({ id: '3', createdAt: at(30), status: 'RUNNING', progress: 0.2 });
const j2 = makeJob({ id: '2', createdAt: at(20), status: 'SUCCEEDED' });
const j1 = makeJob({ id: '1', createdAt: at(10), status: 'FAILED' });

describe('mergeJobIntoPages', () => {
  it('updates a listed job in place, keeping its position and cursor', () => {
    const data = makeData(makePage([j3, j2, j1]));
    const pushed = { ...j3, progress: 0.6, message: 'Halfway', updatedAt: at(35) };
    const next = mergeJobIntoPages(data, pushed, ALL);
    expect(flattenJobs(next).map((j) => j.id)).toEqual(['3', '2', '1']);
    expect(next.pages[0]!.edges[0]!.node).toEqual(pushed);
    expect(next.pages[0]!.edges[0]!.cursor).toBe('1');
    expect(next.pages[0]!.totalCount).toBe(3);
    // Immutable: the old data is untouched.
    expect(data.pages[0]!.edges[0]!.node.progress).toBe(0.2);
  });

  it('updates a job found on a later page', () => {
    const data = makeData(makePage([j3, j2], { hasNextPage: true, totalCount: 3 }), makePage([j1], { start: 2, totalCount: 3 }));
    const next = mergeJobIntoPages(data, { ...j1, status: 'QUEUED', updatedAt: at(40) }, ALL);
    expect(next.pages[1]!.edges[0]!.node.status).toBe('QUEUED');
    expect(next.pages[0]).toBe(data.pages[0]);
  });

  it('ignores a push older than the cached copy (out-of-order events)', () => {
    const cached = { ...j3, progress: 0.8, updatedAt: at(50) };
    const data = makeData(makePage([cached, j2]));
    const next = mergeJobIntoPages(data, { ...j3, progress: 0.5, updatedAt: at(45) }, ALL);
    expect(next).toBe(data);
  });

  it('prepends a new job that matches the filter and bumps totalCount', () => {
    const data = makeData(makePage([j3, j2, j1]));
    const fresh = makeJob({ id: '4', createdAt: at(40) });
    const next = mergeJobIntoPages(data, fresh, ALL);
    expect(flattenJobs(next).map((j) => j.id)).toEqual(['4', '3', '2', '1']);
    expect(next.pages[0]!.totalCount).toBe(4);
    expect(next.pages[0]!.edges[0]!.cursor).toBe('live:4');
  });

  it('leaves lists whose filter the new job does not match untouched', () => {
    const running = makeData(makePage([j3]));
    const fresh = makeJob({ id: '4', createdAt: at(40), status: 'QUEUED' });
    expect(mergeJobIntoPages(running, fresh, { status: 'RUNNING', kind: null })).toBe(running);
    expect(mergeJobIntoPages(running, fresh, { status: null, kind: 'youtube_download' })).toBe(running);
  });

  it('keeps a listed job in place even when its new status no longer matches the filter', () => {
    const data = makeData(makePage([j3]));
    const done = { ...j3, status: 'SUCCEEDED' as const, progress: 1, updatedAt: at(45) };
    const next = mergeJobIntoPages(data, done, { status: 'RUNNING', kind: null });
    expect(flattenJobs(next)).toEqual([done]);
  });

  it('inserts a job that newly matches the filter at its createdAt position', () => {
    const data = makeData(makePage([j3, j1]));
    const nowRunning = { ...j2, status: 'RUNNING' as const, updatedAt: at(45) };
    const next = mergeJobIntoPages(data, nowRunning, { status: 'RUNNING', kind: null });
    expect(flattenJobs(next).map((j) => j.id)).toEqual(['3', '2', '1']);
  });

  it('skips an old job that sorts after the loaded window while more pages exist', () => {
    const data = makeData(makePage([j3, j2], { hasNextPage: true, totalCount: 10 }));
    const old = makeJob({ id: '0', createdAt: at(0), status: 'RUNNING' });
    expect(mergeJobIntoPages(data, old, ALL)).toBe(data);
  });

  it('appends an old job at the end when everything is loaded', () => {
    const data = makeData(makePage([j3, j2]));
    const old = makeJob({ id: '0', createdAt: at(0) });
    expect(flattenJobs(mergeJobIntoPages(data, old, ALL)).map((j) => j.id)).toEqual(['3', '2', '0']);
  });

  it('fills an empty list', () => {
    const data = makeData(makePage([]));
    const fresh = makeJob({ id: '9', createdAt: at(5) });
    const next = mergeJobIntoPages(data, fresh, ALL);
    expect(flattenJobs(next)).toEqual([fresh]);
    expect(next.pages[0]!.totalCount).toBe(1);
  });
});

describe('flattenJobs', () => {
  it('drops duplicates that offset cursors can produce across pages', () => {
    const data = makeData(makePage([j3, j2]), makePage([j2, j1], { start: 2 }));
    expect(flattenJobs(data).map((j) => j.id)).toEqual(['3', '2', '1']);
  });
});

describe('jobMatchesFilter', () => {
  it('matches on status and kind, null meaning any', () => {
    expect(jobMatchesFilter(j3, ALL)).toBe(true);
    expect(jobMatchesFilter(j3, { status: 'RUNNING', kind: 'housekeeping' })).toBe(true);
    expect(jobMatchesFilter(j3, { status: 'FAILED', kind: null })).toBe(false);
  });
});

describe('applyJobToCache', () => {
  it('merges into every cached list using each list’s own filter', () => {
    const client = new QueryClient();
    const allKey = jobKeys.list(ALL, 20);
    const runningKey = jobKeys.list({ status: 'RUNNING', kind: null }, 20);
    const failedKey = jobKeys.list({ status: 'FAILED', kind: null }, 20);
    client.setQueryData<JobsData>(allKey, makeData(makePage([j3, j2, j1])));
    client.setQueryData<JobsData>(runningKey, makeData(makePage([j3])));
    const failedData = makeData(makePage([j1]));
    client.setQueryData<JobsData>(failedKey, failedData);

    const fresh = makeJob({ id: '4', createdAt: at(40), status: 'RUNNING' });
    applyJobToCache(client, fresh);

    expect(flattenJobs(client.getQueryData<JobsData>(allKey)!).map((j) => j.id)).toEqual(['4', '3', '2', '1']);
    expect(flattenJobs(client.getQueryData<JobsData>(runningKey)!).map((j) => j.id)).toEqual(['4', '3']);
    expect(client.getQueryData<JobsData>(failedKey)).toBe(failedData);
    expect(findCachedJob(client, '4')).toEqual(fresh);
    expect(findCachedJob(client, 'nope')).toBeUndefined();
  });
});
