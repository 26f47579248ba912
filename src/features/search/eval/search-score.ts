/**
 * Search quality over a set of queries, for `npm run eval:search` and the benchmarks alike: recall@3
 * is the share of queries with an expected article among the first three results; MRR is the mean
 * of 1/rank of the first expected article within the first ten (0 when none is there).
 */

export interface Query {
  q: string;
  /** Article ids (`category/slug`) that answer the query. */
  expect: string[];
}

export interface SearchScore {
  recall3: number;
  mrr: number;
  misses: { q: string; expect: string[]; got: string[] }[];
}

/** Parses a queries file's text; throws naming what is wrong. */
export function parseQueries(text: string, file: string): Query[] {
  const data = JSON.parse(text) as { queries?: unknown };
  if (!Array.isArray(data.queries) || data.queries.length === 0)
    throw new Error(`${file}: expected { "queries": [ … ] } with at least one query`);
  return data.queries.map((entry, i) => {
    const { q, expect } = (entry ?? {}) as { q?: unknown; expect?: unknown };
    if (typeof q !== 'string' || !q.trim()) throw new Error(`${file}: queries[${i}].q must be a non-empty string`);
    if (!Array.isArray(expect) || expect.length === 0 || !expect.every((e) => typeof e === 'string')) {
      throw new Error(`${file}: queries[${i}].expect must be a non-empty list of article ids`);
    }
    return { q, expect: expect as string[] };
  });
}

/** `/payments/payment-failed/?highlight=x#top` → `payments/payment-failed`; the home page → `/`. */
export function articleIdOfHref(href: string): string {
  return decodeURIComponent(new URL(href, 'http://site').pathname).replace(/^\/+|\/+$/g, '') || '/';
}

export function scoreRankings(queries: readonly Query[], rankings: readonly (readonly string[])[]): SearchScore {
  if (rankings.length !== queries.length) throw new Error(`${rankings.length} rankings for ${queries.length} queries`);
  let hits = 0;
  let reciprocal = 0;
  const misses: SearchScore['misses'] = [];
  queries.forEach(({ q, expect }, i) => {
    const ranking = rankings[i]!.slice(0, 10);
    const rank = ranking.findIndex((id) => expect.includes(id));
    if (rank >= 0 && rank < 3) hits++;
    else misses.push({ q, expect, got: ranking.slice(0, 3) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  });
  return { recall3: hits / queries.length, mrr: reciprocal / queries.length, misses };
}
