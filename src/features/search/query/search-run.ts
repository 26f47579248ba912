/**
 * Runs a query plan's Pagefind searches in two stages. Pagefind's time grows with the number of
 * pages a search matches, and its searches run one after another: at 10,000
 * articles a query's five or six searches, most of them single common words matching thousands of
 * pages, took about 290 ms where one search takes about 50.
 *
 * First the whole query (as typed, and in the articles' words). The fallbacks (each part or word
 * alone) exist for when too few pages hold every word of the query; they run only then. When the
 * whole query already gives `ENOUGH_RESULTS` results that `withoutWeak` keeps, the fallbacks'
 * pages, which lack some of the reader's words, would only lengthen the list, and their words, each
 * on at least as many pages as the whole query, would count little (see `rarity`).
 */
import { mergeRuns, withoutWeak, type Hit, type Ranked, type SearchRun } from './search-merge';
import type { PlannedSearch } from './search-query';

/**
 * Results from the whole query that make the fallbacks unnecessary: a full first page of the search
 * page (20 results; the header shows 5). With 20 real articles almost every query stays below it,
 * so the fallbacks run as before; at thousands of articles the whole query usually reaches it.
 */
export const ENOUGH_RESULTS = 20;

export interface StagedOptions {
  /** How many pages the index holds (for `rarity`). */
  totalPages: number;
  /** `withoutWeak`'s share of the best score. */
  minShare: number;
  enough?: number;
}

export interface StagedRuns<H extends Hit> {
  runs: (SearchRun & { hits: readonly H[] })[];
  ranked: Ranked[];
  /** Whether the fallback searches ran. */
  fellBack: boolean;
}

/** `execute` runs one Pagefind search and returns its hits, best first. */
export async function runStaged<H extends Hit>(
  searches: readonly PlannedSearch[],
  execute: (query: string) => Promise<readonly H[]>,
  { totalPages, minShare, enough = ENOUGH_RESULTS }: StagedOptions,
): Promise<StagedRuns<H>> {
  const run = async ({ query, weight, fallback }: PlannedSearch) => ({ weight, fallback, hits: await execute(query) });
  const whole = await Promise.all(searches.filter((s) => !s.fallback).map(run));
  const rank = (runs: readonly SearchRun[]) => withoutWeak(mergeRuns(runs, totalPages), minShare);
  const fallbacks = searches.filter((s) => s.fallback);
  const first = rank(whole);
  if (fallbacks.length === 0 || first.length >= enough) return { runs: whole, ranked: first, fellBack: false };
  const runs = [...whole, ...(await Promise.all(fallbacks.map(run)))];
  return { runs, ranked: rank(runs), fellBack: true };
}
