/**
 * measureSearch(distDir, queriesFile, site) → { recall3, mrr, firstSearchBytes } for one built site,
 * with the site's own search running in Chromium (bench/lib/sites.ts), or a `skipped` note when
 * the build has no search. Also search latency for the scale benchmark.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { NetworkLog, launchBrowser, phoneContext, totalBytes } from './browser.ts';
import { median } from './report.ts';
import { parseQueries, scoreRankings, type Query, type SearchScore } from '../../src/features/search/eval/search-score.ts';
import { serveDist, type DistServer } from '../../tools/static-server.ts';
import { notBuiltReason, projectSite, type SearchSite } from './sites.ts';

/** Relevance over the queries file, and what a first search downloads (FirstSearchFigures). */
export interface SearchFigures extends SearchScore, FirstSearchFigures {
  queries: number;
}

export type Skipped = { skipped: string };

/**
 * Bytes fetched from the first keystroke of a first search until the network is quiet, each search
 * in a fresh browser context: the median over the queries searched. Over every query of the file by
 * default: Pagefind splits its index into chunks by word range, so one query downloads one chunk
 * and the next all of them; a median of three queries moved by a whole chunk when an index change
 * moved a chunk boundary, while the median over all of them follows what readers' searches fetch.
 */
export interface FirstSearchFigures {
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** How many queries the medians are over. */
  firstSearches: number;
  /** The median over the first three queries only (the figure of runs before 2026-12-02). */
  firstThreeBytes: number;
  largest: { path: string; bytes: number }[];
}

/** Bytes and requests from starting a first search on `articlePath` until results are shown and the network is quiet. */
async function firstSearch(
  browser: Browser,
  base: string,
  sizeOf: (p: string) => number | undefined,
  site: SearchSite,
  articlePath: string,
  q: string,
) {
  const context = await phoneContext(browser);
  try {
    const net = new NetworkLog(context, sizeOf);
    const page = await context.newPage();
    await page.goto(`${base}${articlePath}`);
    await net.idle();
    const mark = net.mark();
    await site.firstSearch(page, q);
    await net.idle();
    const records = net.since(mark);
    const largest = [...records]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 4)
      .map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes }));
    return { bytes: totalBytes(records), requests: records.length, largest };
  } finally {
    await context.close();
  }
}

async function firstSearches(
  browser: Browser,
  server: { url: string; sizeOf: (p: string) => number | undefined },
  site: SearchSite,
  articlePath: string,
  queries: readonly Query[],
  count = queries.length,
): Promise<FirstSearchFigures> {
  const runs = [];
  for (const { q } of queries.slice(0, count)) runs.push(await firstSearch(browser, server.url, server.sizeOf, site, articlePath, q));
  return {
    firstSearchBytes: median(runs.map((f) => f.bytes)),
    firstSearchRequests: median(runs.map((f) => f.requests)),
    firstSearches: runs.length,
    firstThreeBytes: median(runs.slice(0, 3).map((f) => f.bytes)),
    /** The largest downloads of the first of these searches. */
    largest: runs[0]?.largest ?? [],
  };
}

/** Runs `fn` with the dist folder served and a browser (the given one, or a new one closed afterwards). */
async function withSite<T>(distDir: string, browser: Browser | undefined, fn: (b: Browser, server: DistServer) => Promise<T>): Promise<T> {
  const server = await serveDist(distDir);
  const own = browser ? undefined : await launchBrowser();
  try {
    return await fn(browser ?? own!, server);
  } finally {
    await own?.close();
    await server.close();
  }
}

/** Only the first-search figures (the scale benchmark has no meaningful relevance judgements). */
export async function measureFirstSearch(
  distDir: string,
  queriesFile: string,
  site: SearchSite,
  {
    articlePath = '/activation/bank-card/',
    browser,
    count,
  }: { articlePath?: string; browser?: Browser; /** How many of the queries (all by default). */ count?: number } = {},
): Promise<FirstSearchFigures | Skipped> {
  const why = site.unavailable(distDir);
  if (why) return { skipped: why };
  const queries = parseQueries(readFileSync(queriesFile, 'utf8'), queriesFile);
  return withSite(distDir, browser, (b, server) => firstSearches(b, server, site, articlePath, queries, count));
}

export async function measureSearch(
  distDir: string,
  queriesFile: string,
  site: SearchSite,
  { articlePath = '/activation/bank-card/', browser }: { articlePath?: string; browser?: Browser } = {},
): Promise<SearchFigures | Skipped> {
  const why = site.unavailable(distDir);
  if (why) return { skipped: why };
  const queries = parseQueries(readFileSync(queriesFile, 'utf8'), queriesFile);
  return withSite(distDir, browser, async (b, server) => {
    const context = await phoneContext(b);
    const page = await context.newPage();
    const rankings: string[][] = [];
    for (const { q } of queries) rankings.push(await site.rank(page, server.url, q));
    await context.close();
    return {
      ...scoreRankings(queries, rankings),
      queries: queries.length,
      ...(await firstSearches(b, server, site, articlePath, queries)),
    };
  });
}

export interface LatencyFigures {
  /** The first search on a fresh page: includes loading Pagefind, its wasm and the index chunks it needs. */
  coldMs: number;
  /** Median of the searches after it. */
  medianMs: number;
  samples: number;
}

/** Search latency with the site's own search code, over the queries in `queriesFile`. */
export async function measureLatency(
  distDir: string,
  queriesFile: string,
  site: SearchSite = projectSite,
  { browser }: { browser?: Browser } = {},
): Promise<LatencyFigures | Skipped> {
  const why = site.unavailable(distDir);
  if (why) return { skipped: why };
  if (!site.latency || !site.prepareLatency) return { skipped: `no latency measurement for ${site.name}` };
  const queries = parseQueries(readFileSync(queriesFile, 'utf8'), queriesFile);
  return withSite(distDir, browser, async (b, server) => {
    const context = await phoneContext(b);
    const page = await context.newPage();
    await site.prepareLatency!(page, server.url);
    const times: number[] = [];
    for (const { q } of queries) times.push(await site.latency!(page, q));
    await context.close();
    const [cold, ...warm] = times;
    return { coldMs: cold!, medianMs: median(warm), samples: warm.length };
  });
}

export interface PagefindAloneFigures {
  /** Median time of one `pagefind.search(q)` (no result data loaded), after a warm-up search. */
  medianMs: number;
  /** Median number of pages matching a query. */
  medianMatches: number;
}

/**
 * Pagefind by itself on the same index (default options), for telling its cost apart from the
 * site's own search code: one plain search per query, timed inside an article page that has not
 * loaded the site's search.
 */
export async function measurePagefindAlone(
  distDir: string,
  queriesFile: string,
  { articlePath = '/activation/bank-card/', browser }: { articlePath?: string; browser?: Browser } = {},
): Promise<PagefindAloneFigures | Skipped> {
  const why = notBuiltReason(distDir);
  if (why) return { skipped: why };
  const queries = parseQueries(readFileSync(queriesFile, 'utf8'), queriesFile);
  return withSite(distDir, browser, async (b, server) => {
    const context = await phoneContext(b);
    const page = await context.newPage();
    await page.goto(`${server.url}${articlePath}`);
    const runs = await page.evaluate(
      async (qs) => {
        const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
        await pf.init();
        await pf.search(qs[0]);
        const out: { ms: number; matches: number }[] = [];
        for (const q of qs) {
          const start = performance.now();
          const response = await pf.search(q);
          out.push({ ms: performance.now() - start, matches: response?.results.length ?? 0 });
        }
        return out;
      },
      queries.map((q) => q.q),
    );
    await context.close();
    return { medianMs: median(runs.map((r) => r.ms)), medianMatches: median(runs.map((r) => r.matches)) };
  });
}
