/**
 * Combines the answers of several Pagefind searches (one query's plan) into one ranking. Scores are
 * divided by the best score of any of the searches, not of each: a search that only found pages
 * mentioning its words somewhere in the body keeps its low scores instead of being lifted to 1
 * next to a search that matched titles and keywords. A page then collects its weighted share from
 * every search that found it: a page that answers the whole query and its parts ends up first; a
 * page that only one part found still appears, lower, which is the fallback when no page holds
 * every word.
 */

export interface Hit {
  id: string;
  score: number;
}

export interface SearchRun {
  weight: number;
  hits: readonly Hit[];
  /**
   * A fallback run (one part of the query) counts by how rare its word is: 失败 found on nearly
   * every page says little about which page is meant; 绑卡 found on two says a lot.
   */
  fallback?: boolean;
}

/**
 * BM25's inverse document frequency of a word found on `found` of `total` pages, divided by its
 * value for a word on one page only, so it lies between 0 and 1.
 */
export function rarity(found: number, total: number): number {
  const idf = (df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));
  if (total <= 1 || found <= 0) return 1;
  return idf(Math.min(found, total)) / idf(1);
}

export interface Ranked {
  id: string;
  score: number;
}

/** `totalPages`: how many pages the index holds, for `rarity`. */
export function mergeRuns(runs: readonly SearchRun[], totalPages = 0): Ranked[] {
  const total = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  const best = Math.max(0, ...runs.flatMap((r) => r.hits.map((h) => h.score)));
  if (!(best > 0)) return [];
  for (const run of runs) {
    const weight = run.fallback ? run.weight * rarity(run.hits.length, totalPages) : run.weight;
    for (const hit of run.hits) {
      if (!firstSeen.has(hit.id)) firstSeen.set(hit.id, order++);
      total.set(hit.id, (total.get(hit.id) ?? 0) + (weight * hit.score) / best);
    }
  }
  return [...total].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
}

/**
 * Drops the long tail: results scoring below `share` of the best one. They come from single common
 * words of the query (失败, 微信) and bury the useful results under pages that merely mention them.
 */
export function withoutWeak(ranked: readonly Ranked[], share: number): Ranked[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.score >= best * share);
}
