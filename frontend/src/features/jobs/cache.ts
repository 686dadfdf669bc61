import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { JobsQuery } from '../../gql/graphql';
import { filterFromKey, jobKeys, type Job, type JobFilter } from './keys';

export type JobsPage = JobsQuery['jobs'];
export type JobsData = InfiniteData<JobsPage, string | null>;

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status);
}

export function jobMatchesFilter(job: Job, filter: JobFilter): boolean {
  return (filter.status === null || job.status === filter.status) && (filter.kind === null || job.kind === filter.kind);
}

function time(value: string): number {
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/** All loaded jobs in order, without duplicates (offset cursors can repeat a row after new jobs arrive). */
export function flattenJobs(data: JobsData): Job[] {
  const seen = new Set<string>();
  const out: Job[] = [];
  for (const page of data.pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

export function findJob(data: JobsData, id: string): Job | undefined {
  for (const page of data.pages) {
    const edge = page.edges.find((e) => e.node.id === id);
    if (edge) return edge.node;
  }
  return undefined;
}

/**
 * Merges one pushed job into a cached newest-first list:
 * - already listed: replaced in place (unless the push is older than what we have);
 * - not listed but matching the filter: inserted at its place by `createdAt` and counted,
 *   unless it sorts after the loaded window while more pages exist ("Load more" will bring it);
 * - otherwise the data is returned unchanged (same reference, so nothing re-renders).
 */
export function mergeJobIntoPages(data: JobsData, job: Job, filter: JobFilter): JobsData {
  let found = false;
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.edges.findIndex((e) => e.node.id === job.id);
    if (index === -1) return page;
    found = true;
    const current = page.edges[index]!;
    if (time(current.node.updatedAt) > time(job.updatedAt)) return page;
    changed = true;
    const edges = page.edges.slice();
    edges[index] = { ...current, node: job };
    return { ...page, edges };
  });
  if (found) return changed ? { ...data, pages } : data;
  if (!jobMatchesFilter(job, filter) || data.pages.length === 0) return data;

  const created = time(job.createdAt);
  for (let p = 0; p < data.pages.length; p++) {
    const page = data.pages[p]!;
    const at = page.edges.findIndex((e) => time(e.node.createdAt) < created);
    if (at !== -1) return insert(data, p, at, job);
  }
  const lastIndex = data.pages.length - 1;
  const last = data.pages[lastIndex]!;
  if (last.pageInfo.hasNextPage) return data;
  return insert(data, lastIndex, last.edges.length, job);
}

function insert(data: JobsData, pageIndex: number, at: number, job: Job): JobsData {
  const pages = data.pages.map((page, p) => {
    const withCount = { ...page, totalCount: page.totalCount + 1 };
    if (p !== pageIndex) return withCount;
    const edges = page.edges.slice();
    edges.splice(at, 0, { cursor: `live:${job.id}`, node: job });
    return { ...withCount, edges };
  });
  return { ...data, pages };
}

/** The freshest copy of a job across every cached list, if any list has it. */
export function findCachedJob(client: QueryClient, id: string): Job | undefined {
  let best: Job | undefined;
  for (const [, data] of client.getQueriesData<JobsData>({ queryKey: jobKeys.lists() })) {
    const job = data ? findJob(data, id) : undefined;
    if (job && (!best || time(job.updatedAt) > time(best.updatedAt))) best = job;
  }
  return best;
}

/** Applies a pushed (or mutation-returned) job to every cached job list, each with its own filter. */
export function applyJobToCache(client: QueryClient, job: Job): void {
  const queries = client.getQueryCache().findAll({ queryKey: jobKeys.lists() });
  for (const query of queries) {
    const filter = filterFromKey(query.queryKey);
    const data = query.state.data as JobsData | undefined;
    if (!filter || !data) continue;
    const next = mergeJobIntoPages(data, job, filter);
    if (next !== data) client.setQueryData<JobsData>(query.queryKey, next);
  }
}
