/**
 * node bench/search-profile.ts [--dist=DIR] [--queries=FILE] [--runs=3] [--limit=5] [--rankings=OUT.json]
 *
 * Where a search's time goes, for the search code in src/ (bundled now with esbuild) against any
 * built dist/ folder: a kept 10,000-article copy from `npm run bench:scale -- --keep` needs no
 * rebuild when only the search code changed. For every query: the engine's total time, how many
 * Pagefind searches it ran, their summed and longest times and matches, and the time after the
 * last search answered (merge, cards, fragments). `--rankings` writes each query's result ids,
 * which, over the real site's dist/, compare two versions of the ranking without a build.
 * A development tool, not a benchmark of record: `npm run bench:scale` is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser, phoneContext } from './lib/browser.ts';
import { median } from './lib/report.ts';
import { articleIdOfHref, parseQueries, scoreRankings } from './lib/search-score.ts';
import { serveDist } from './lib/serve.ts';
import { REPO } from './lib/workspace.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(REPO, 'dist') },
    queries: { type: 'string', default: process.env['SEARCH_QUERIES'] ?? resolve(REPO, '../shared/search/queries.json') },
    runs: { type: 'string', default: '3' },
    limit: { type: 'string', default: '5' },
    rankings: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    // Experiments: JSON put in globalThis.__searchKnobs before the engine loads.
    knobs: { type: 'string', default: '{}' },
  },
});
const judged = parseQueries(readFileSync(args.queries!, 'utf8'), args.queries!);
const queries = judged.map((q) => q.q);
const RUNS = Number(args.runs);

const engine = (
  await build({
    entryPoints: [resolve(REPO, 'src/scripts/search-engine.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    loader: { '.json': 'json' },
  })
).outputFiles[0]!.text;

// Every Pagefind search the engine runs goes through this wrapper, which logs it.
const wrapper = `
import * as real from '/pagefind/pagefind.js?real';
export const { options, init, filters, preload, destroy, mergeIndex, createInstance, debouncedSearch } = real;
globalThis.__pfLog = [];
export async function search(q, o) {
  const start = performance.now();
  const r = await real.search(q, o);
  globalThis.__pfLog.push({ q, filtered: !!(o && o.filters && Object.keys(o.filters).length), start, end: performance.now(), matches: r ? r.results.length : 0 });
  return r;
}`;

const server = await serveDist(resolve(args.dist!));
const browser = await launchBrowser();
try {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.route('**/pagefind/pagefind.js', (route) =>
    new URL(route.request().url()).search === '?real' ? route.continue() : route.fulfill({ contentType: 'text/javascript', body: wrapper }),
  );
  await page.route('**/__profile/engine.js', (route) => route.fulfill({ contentType: 'text/javascript', body: engine }));
  await page.goto(`${server.url}/activation/bank-card/`);
  const rows = await page.evaluate(
    async ({ qs, runs, limit, knobs }) => {
      (globalThis as unknown as { __searchKnobs: unknown }).__searchKnobs = JSON.parse(knobs);
      const e = await import('/__profile/engine.js' as string);
      await e.search(qs[0], { limit }); // warm-up: loads Pagefind, the wasm and the cards
      const log = (globalThis as unknown as { __pfLog: { q: string; filtered: boolean; start: number; end: number; matches: number }[] }).__pfLog;
      const out = [];
      for (const [i, q] of qs.entries()) {
        for (let run = 0; run < runs; run++) {
          log.length = 0;
          const start = performance.now();
          const response = await e.search(q, { limit });
          const end = performance.now();
          const lastSearch = Math.max(start, ...log.map((l) => l.end));
          out.push({
            i,
            q,
            run,
            ms: end - start,
            searches: log.length,
            searchSum: log.reduce((s, l) => s + (l.end - l.start), 0),
            searching: lastSearch - start,
            after: end - lastSearch,
            matches: log.map((l) => `${l.q}:${l.matches}`),
            ids: response.results.map((r: { id: string; url: string }) => r.url),
            total: response.total,
          });
        }
      }
      return out;
    },
    { qs: queries, runs: RUNS, limit: Number(args.limit), knobs: args.knobs! },
  );
  const byQuery = new Map<number, typeof rows>();
  for (const r of rows) byQuery.set(r.i, [...(byQuery.get(r.i) ?? []), r]);
  const f = (n: number) => n.toFixed(0).padStart(5);
  console.log(`${'ms'.padStart(5)} ${'srch'.padStart(5)} ${'inPF'.padStart(5)} ${'after'.padStart(5)}  n  total  query`);
  const medians: number[] = [];
  for (const [i, rs] of byQuery) {
    const q = queries[i];
    const m = median(rs.map((r) => r.ms));
    medians.push(m);
    const first = rs[0]!;
    console.log(`${f(m)} ${f(median(rs.map((r) => r.searching)))} ${f(median(rs.map((r) => r.searchSum)))} ${f(median(rs.map((r) => r.after)))} ${String(first.searches).padStart(2)} ${String(first.total).padStart(6)}  ${q}`);
    if (args.verbose) console.log(`        ${first.matches.join('  ')}`);
  }
  console.log(`\nmedian over queries: ${median(medians).toFixed(0)} ms; Pagefind searches per query: median ${median([...byQuery.values()].map((rs) => rs[0]!.searches))}`);
  const rankings = queries.map((_, i) => byQuery.get(i)![0]!.ids.map(articleIdOfHref));
  const quality = scoreRankings(judged, rankings);
  console.log(`recall@3 ${quality.recall3.toFixed(3)}  MRR ${quality.mrr.toFixed(4)} (with --limit=${args.limit}; MRR needs --limit=10)`);
  for (const m of quality.misses) console.log(`  miss: ${m.q}  expected ${m.expect.join(' or ')}  got ${m.got.join(', ')}`);
  if (args.rankings) {
    writeFileSync(args.rankings, JSON.stringify(queries.map((q, i) => ({ q, ids: rankings[i] })), null, 1));
    console.log(`rankings written to ${args.rankings}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
