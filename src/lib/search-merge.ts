/**
 * Combines the answers of several Pagefind searches into one ranking. Pagefind scores are only
 * comparable within one search, so each search's scores are divided by its best score first; a
 * page then collects its weighted shares from every search that found it. A page that answers the
 * whole query and most of its parts ends up first; a page that only one part found still appears,
 * lower, which is the fallback when no page holds every word.
 */

export interface Hit {
  id: string;
  score: number;
}

export interface SearchRun {
  weight: number;
  hits: readonly Hit[];
}

export interface Ranked {
  id: string;
  score: number;
}

export function mergeRuns(runs: readonly SearchRun[]): Ranked[] {
  const total = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  for (const run of runs) {
    const best = run.hits.reduce((max, h) => Math.max(max, h.score), 0);
    if (!(best > 0)) continue;
    for (const hit of run.hits) {
      if (!firstSeen.has(hit.id)) firstSeen.set(hit.id, order++);
      total.set(hit.id, (total.get(hit.id) ?? 0) + (run.weight * hit.score) / best);
    }
  }
  return [...total]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
}
