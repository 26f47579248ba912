/**
 * npm run bench:search-profile -- [--dist=DIR] [--queries=FILE] [--runs=3] [--limit=5] [--rankings=OUT.json] [--base=REV]
 *
 * Where a search's time goes, for the search code in src/ (bundled now with esbuild) against any
 * built dist/ folder: a kept 10,000-article copy from `BENCH_KEEP=1 npm run bench:scale` needs no
 * rebuild when only the search code changed. For every query (median of --runs): the engine's
 * total time (ms), the time until its last Pagefind search answered (srch), the summed times of its
 * Pagefind searches (inPF; more than srch when they overlap), the time after (merge, cards,
 * fragments), how many searches it ran (n), and the results in all; --verbose adds each search's
 * matches. `--rankings` writes each query's result ids,
 * which, over the real site's dist/, compare two versions of the ranking without a build.
 * `--base=REV` also bundles the search code of a git revision and times it in the same page,
 * query by query in turn with the current code: on a busy machine the ratio of the two is steadier
 * than either time.
 * A development tool, not a benchmark of record: `npm run bench:scale` is. Bundles with esbuild,
 * which Vite brings (not a dependency of its own).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchBrowser, phoneContext } from './lib/browser.ts';
import { mean, median } from './lib/report.ts';
import { articleIdOfHref, parseQueries, scoreRankings } from '../src/features/search/eval/search-score.ts';
import { serveDist } from '../tools/static-server.ts';
import { REPO } from './lib/workspace.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(REPO, 'dist') },
    queries: { type: 'string', default: process.env['SEARCH_QUERIES'] ?? resolve(REPO, '../shared/search/queries.json') },
    runs: { type: 'string', default: '3' },
    limit: { type: 'string', default: '5' },
    rankings: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    base: { type: 'string' },
  },
});
const judged = parseQueries(readFileSync(args.queries!, 'utf8'), args.queries!);
const queries = judged.map((q) => q.q);
const RUNS = Number(args.runs);

/** The Chinese search module: search-zh.ts, or search-engine.ts in revisions from before the English pages (--base). */
function engineEntry(root: string): string {
  const zh = resolve(root, 'src/features/search/client/search-zh.ts');
  return existsSync(zh) ? zh : resolve(root, 'src/features/search/client/search-engine.ts');
}

async function bundle(root: string): Promise<string> {
  const out = await build({
    entryPoints: [engineEntry(root)],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    loader: { '.json': 'json' },
  });
  return out.outputFiles[0]!.text;
}
const engines = [await bundle(REPO)];
if (args.base) {
  const dir = mkdtempSync(join(tmpdir(), 'search-profile-'));
  execSync(`git archive ${args.base} src content | tar -x -C ${dir}`, { cwd: REPO });
  symlinkSync(resolve(REPO, 'node_modules'), join(dir, 'node_modules'));
  engines.push(await bundle(dir));
  rmSync(dir, { recursive: true, force: true });
}

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
  await page.route('**/__profile/engine-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: engines[Number(/engine-(\d+)\.js$/.exec(route.request().url())![1])]! }),
  );
  await page.goto(`${server.url}/activation/bank-card/`);
  const rows = await page.evaluate(
    async ({ qs, runs, limit, engineCount }) => {
      const es = [];
      for (let e = 0; e < engineCount; e++) es.push(await import(`/__profile/engine-${e}.js`));
      for (const e of es) await e.search(qs[0], { limit }); // warm-up: loads Pagefind, the wasm and the cards
      const log = (globalThis as typeof globalThis & { __pfLog: { q: string; start: number; end: number; matches: number }[] }).__pfLog;
      const out = [];
      for (const [i, q] of qs.entries()) {
        for (let run = 0; run < runs; run++) {
          for (const [engine, e] of es.entries()) {
            log.length = 0;
            const start = performance.now();
            const response = await e.search(q, { limit });
            const end = performance.now();
            const lastSearch = Math.max(start, ...log.map((l) => l.end));
            out.push({
              i,
              engine,
              ms: end - start,
              searches: log.length,
              searchSum: log.reduce((s, l) => s + (l.end - l.start), 0),
              searching: lastSearch - start,
              after: end - lastSearch,
              matches: log.map((l) => `${l.q}:${l.matches}`),
              ids: response.results.map((r: { url: string }) => r.url) as string[],
              total: response.total as number,
            });
          }
        }
      }
      return out;
    },
    { qs: queries, runs: RUNS, limit: Number(args.limit), engineCount: engines.length },
  );
  const f = (n: number) => n.toFixed(0).padStart(5);
  const names = ['current', `base ${args.base}`];
  for (const [engine, name] of names.slice(0, engines.length).entries()) {
    const mine = rows.filter((r) => r.engine === engine);
    console.log(`\n${name}\n${'ms'.padStart(5)} ${'srch'.padStart(5)} ${'inPF'.padStart(5)} ${'after'.padStart(5)}  n  total  query`);
    const medians: number[] = [];
    const counts: number[] = [];
    for (const [i, q] of queries.entries()) {
      const rs = mine.filter((r) => r.i === i);
      const m = median(rs.map((r) => r.ms));
      medians.push(m);
      counts.push(rs[0]!.searches);
      console.log(
        `${f(m)} ${f(median(rs.map((r) => r.searching)))} ${f(median(rs.map((r) => r.searchSum)))} ${f(median(rs.map((r) => r.after)))} ${String(rs[0]!.searches).padStart(2)} ${String(rs[0]!.total).padStart(6)}  ${q}`,
      );
      if (args.verbose) console.log(`        ${rs[0]!.matches.join('  ')}`);
    }
    console.log(
      `median over queries: ${median(medians).toFixed(0)} ms; Pagefind searches per query: median ${median(counts)}, mean ${mean(counts).toFixed(1)}`,
    );
    const rankings = queries.map((_, i) => mine.find((r) => r.i === i)!.ids.map(articleIdOfHref));
    const quality = scoreRankings(judged, rankings);
    console.log(`recall@3 ${quality.recall3.toFixed(3)}  MRR ${quality.mrr.toFixed(4)} (with --limit=${args.limit}; MRR needs --limit=10)`);
    for (const m of quality.misses) console.log(`  miss: ${m.q}  expected ${m.expect.join(' or ')}  got ${m.got.join(', ')}`);
    if (args.rankings) {
      const file = engine === 0 ? args.rankings : args.rankings.replace(/(\.json)?$/, '.base.json');
      writeFileSync(
        file,
        JSON.stringify(
          queries.map((q, i) => ({ q, ids: rankings[i] })),
          null,
          1,
        ),
      );
      console.log(`rankings written to ${file}`);
    }
  }
  if (engines.length === 2) {
    const ratio = median(
      queries.map(
        (_, i) =>
          median(rows.filter((r) => r.i === i && r.engine === 0).map((r) => r.ms)) /
          median(rows.filter((r) => r.i === i && r.engine === 1).map((r) => r.ms)),
      ),
    );
    console.log(`\ncurrent / base, median over queries of the per-query ratio: ${ratio.toFixed(2)}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
