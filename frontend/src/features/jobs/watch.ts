// Jobs this browser session started (e.g. "Run housekeeping"): their outcome is always announced with a toast.
const watched = new Set<string>();

export function watchJob(id: string): void {
  watched.add(id);
}

export function isWatched(id: string): boolean {
  return watched.has(id);
}

export function unwatchJob(id: string): void {
  watched.delete(id);
}
