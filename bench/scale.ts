/**
 * npm run bench:scale [-- --sizes=1000,10000 --project=DIR --queries=FILE --timeout-min=30 --reuse=DIR]
 *
 * The project at 50× and 500× its content: synthetic articles made from the real ones
 * (bench/lib/synth.ts) in a temporary copy of the project, each size built cold once. Reports for
 * the real site and each size: build time and where it goes, peak memory, pages and output size,
 * the Pagefind index on disk, bytes fetched for a first search and search latency; and how each
 * figure grows. Writes the table to bench/RESULTS.md. A benchmark, not a test: it asserts nothing.
 *
 * For iterating on search at one size without a 3.5-minute build each time: `BENCH_KEEP=1` leaves
 * each size's built copy in place and prints its path; `--reuse=DIR` (with a single size in --sizes)
 * measures the search of that kept copy's dist/ again instead of generating and building (the build
 * figures are then empty). The kept copy's search code is the code it was built with; to time other
 * search code against its index without a build, use `npm run bench:search-profile -- --dist=DIR/dist`.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { BuildTimeout, runBuild, type BuildRun } from './lib/build.ts';
import { commitOf, load, machine, versionOf, writeResults } from './lib/machine.ts';
import { growth, kb, markdownTable, phasesFromLog, type Phase } from './lib/report.ts';
import {
  measureFirstSearch,
  measureLatency,
  measurePagefindAlone,
  type FirstSearchFigures,
  type LatencyFigures,
  type PagefindAloneFigures,
  type Skipped,
} from './lib/search.ts';
import { projectSite } from './lib/sites.ts';
import { generateArticles } from './lib/synth.ts';
import { BENCH, REPO, articleFiles, copyProject, removeDir, tempDir } from './lib/workspace.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env['BENCH_SIZES'] ?? '1000,10000' },
    project: { type: 'string', default: REPO },
    queries: { type: 'string', default: process.env['SEARCH_QUERIES'] ?? resolve(REPO, '../shared/search/queries.json') },
    'timeout-min': { type: 'string', default: '30' },
    results: { type: 'string', default: join(BENCH, 'RESULTS.md') },
    // Another section of RESULTS.md, with a note saying what differs (e.g. a trial merge).
    section: { type: 'string', default: 'scale' },
    note: { type: 'string' },
    reuse: { type: 'string' },
  },
});
const PROJECT = resolve(args.project!);
const QUERIES = resolve(args.queries!);
const TIMEOUT_MS = Number(args['timeout-min']) * 60_000;
const SIZES = args.sizes!.split(',').map((s) => Number(s.trim()));
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes must be whole numbers, got "${args.sizes}"`);
const REUSE = args.reuse ? resolve(args.reuse) : undefined;
if (REUSE && SIZES.length !== 1) throw new Error('--reuse measures one kept copy: give exactly one size in --sizes');
const log = (s: string) => console.log(`[bench:scale] ${s}`);

const articlesDir = join(PROJECT, 'content', 'articles');
const originals = articleFiles(articlesDir).map((f) => ({
  id: f.replace(/\.mdx?$/, ''),
  source: readFileSync(join(articlesDir, f), 'utf8'),
}));

interface Result {
  articles: number;
  build?: BuildRun;
  /** Set when the build did not finish. */
  failure?: string;
  phases: Phase[];
  pages?: number;
  distBytes?: number;
  indexBytes?: number;
  indexFiles?: number;
  firstSearch?: FirstSearchFigures | Skipped;
  latency?: LatencyFigures | Skipped;
  pagefind?: PagefindAloneFigures | Skipped;
}

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, rel));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

async function measureSize(total: number): Promise<Result> {
  const result: Result = { articles: total, phases: [] };
  if (REUSE && total !== originals.length) {
    log(`${total} articles: reusing the build in ${REUSE}`);
    await measureDist(result, join(REUSE, 'dist'));
    return result;
  }
  let articles: string | undefined;
  if (total !== originals.length) {
    articles = tempDir(`articles-${total}`);
    for (const a of generateArticles(originals, total)) {
      mkdirSync(dirname(join(articles, a.path)), { recursive: true });
      writeFileSync(join(articles, a.path), a.source);
    }
  }
  const dir = copyProject(tempDir(`scale-${total}`), { source: PROJECT, ...(articles ? { articles } : {}) });
  try {
    log(`${total} articles: building…`);
    try {
      result.build = await runBuild(dir, { env: { HELP_CACHE_DIR: join(dir, '.cache') }, timeoutMs: TIMEOUT_MS });
    } catch (error) {
      if (!(error instanceof BuildTimeout)) {
        result.failure = (error as Error).message.split('\n').slice(0, 12).join('\n');
        log(`${total} articles: build failed\n${result.failure}`);
        return result;
      }
      result.build = error.run;
      result.failure = `stopped after ${(error.run.ms / 60_000).toFixed(1)} min (--timeout-min=${args['timeout-min']})`;
    }
    result.phases = phasesFromLog(result.build.lines, result.build.ms);
    log(
      `${total} articles: ${(result.build.ms / 1000).toFixed(1)} s, peak ${((result.build.peakRss ?? 0) / 2 ** 20).toFixed(0)} MB${result.failure ? ` (${result.failure})` : ''}`,
    );
    if (result.failure) return result;

    await measureDist(result, join(dir, 'dist'));
    return result;
  } finally {
    removeDir(dir);
    if (articles) removeDir(articles);
    if (process.env['BENCH_KEEP']) log(`${total} articles: kept the built copy in ${dir} (for --reuse)`);
  }
}

/** Output size, index size and the search figures of a built dist/ folder, into `result`. */
async function measureDist(result: Result, dist: string): Promise<void> {
  result.pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  result.distBytes = du(dist).bytes;
  try {
    const index = du(join(dist, 'pagefind'));
    result.indexBytes = index.bytes;
    result.indexFiles = index.files;
  } catch {
    // No index: search is not built on this branch; the search figures say so.
  }
  log(`${result.articles} articles: search…`);
  const browser = await launchBrowser();
  try {
    // Three queries: a growth figure, and each first search at 10,000 articles takes seconds.
    result.firstSearch = await measureFirstSearch(dist, QUERIES, projectSite, { browser, count: 3 });
    result.latency = await measureLatency(dist, QUERIES, projectSite, { browser });
    result.pagefind = await measurePagefindAlone(dist, QUERIES, { browser });
  } finally {
    await browser.close();
  }
}

const startedAt = new Date();
const loadBefore = load();
const results: Result[] = [];
for (const n of [originals.length, ...SIZES.filter((n) => n !== originals.length)]) results.push(await measureSize(n));

// ---- report ----
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (b: number | undefined) => (b === undefined ? '–' : `${(b / 2 ** 20).toFixed(0)} MB`);
const size = (b: number | undefined) => (b !== undefined && b < 2 ** 20 ? kb(b) : mb(b));
const ok = <T extends object>(x: T | Skipped | undefined): T | undefined => (x && !('skipped' in x) ? x : undefined);
const figures: { label: string; value: (r: Result) => number | undefined; format: (n: number | undefined) => string }[] = [
  { label: 'build time', value: (r) => (r.failure ? undefined : r.build?.ms), format: seconds },
  {
    label: 'build time per article',
    value: (r) => (r.failure || !r.build ? undefined : r.build.ms / r.articles),
    format: (n) => (n === undefined ? '–' : `${n.toFixed(0)} ms`),
  },
  { label: 'peak memory (build process tree)', value: (r) => r.build?.peakRss, format: mb },
  { label: 'HTML pages', value: (r) => r.pages, format: (n) => (n === undefined ? '–' : String(n)) },
  { label: 'dist/ on disk', value: (r) => r.distBytes, format: size },
  { label: 'Pagefind index on disk (dist/pagefind)', value: (r) => r.indexBytes, format: size },
  { label: 'Pagefind index files', value: (r) => r.indexFiles, format: (n) => (n === undefined ? '–' : String(n)) },
  { label: 'bytes fetched for a first search (median of 3)', value: (r) => ok(r.firstSearch)?.firstSearchBytes, format: kb },
  {
    label: 'search latency, first search on a fresh page',
    value: (r) => ok(r.latency)?.coldMs,
    format: (n) => (n === undefined ? '–' : `${n.toFixed(0)} ms`),
  },
  {
    label: 'search latency, median of the next searches',
    value: (r) => ok(r.latency)?.medianMs,
    format: (n) => (n === undefined ? '–' : `${n.toFixed(0)} ms`),
  },
  {
    label: '… Pagefind alone: one plain search, median',
    value: (r) => ok(r.pagefind)?.medianMs,
    format: (n) => (n === undefined ? '–' : `${n.toFixed(0)} ms`),
  },
  {
    label: '… pages matching a query, median',
    value: (r) => ok(r.pagefind)?.medianMatches,
    format: (n) => (n === undefined ? '–' : String(Math.round(n))),
  },
];
const headers = ['figure', ...results.flatMap((r, i) => (i === 0 ? [`${r.articles} (real)`] : [`${r.articles}`, 'growth']))];
const table = markdownTable(
  headers,
  figures.map((f) => [
    f.label,
    ...results.flatMap((r, i) => {
      const v = f.value(r);
      return i === 0 ? [f.format(v)] : [f.format(v), growth(f.value(results[i - 1]!), v)];
    }),
  ]),
);

const phaseNames = [...new Set(results.flatMap((r) => r.phases.map((p) => p.name)))];
const phaseTable = markdownTable(
  ['build phase', ...results.map((r) => `${r.articles}`)],
  phaseNames.map((name) => [
    name,
    ...results.map((r) => {
      const p = r.phases.find((x) => x.name === name);
      if (!p || !r.build) return '–';
      return `${seconds(p.ms)} (${((p.ms / r.build.ms) * 100).toFixed(0)} %)`;
    }),
  ]),
);

const largest = results.find((r) => r.articles === 10_000) ?? results[results.length - 1]!;
const buildGoal =
  largest.articles !== 10_000
    ? 'not attempted (10,000 not among --sizes)'
    : largest.failure || !largest.build
      ? `not met: ${largest.failure ?? 'no build'}`
      : largest.build.ms < 5 * 60_000
        ? `met (${seconds(largest.build.ms)})`
        : `not met (${seconds(largest.build.ms)})`;
const lat = ok(largest.latency);
const latencyGoal = lat
  ? lat.medianMs < 150
    ? `met (median ${lat.medianMs.toFixed(0)} ms)`
    : `not met (median ${lat.medianMs.toFixed(0)} ms)`
  : `not measured (${largest.latency && 'skipped' in largest.latency ? largest.latency.skipped : (largest.failure ?? 'no build')})`;
const dominant = (r: Result) => {
  const top = [...r.phases].sort((a, b) => b.ms - a.ms)[0];
  return top && r.build ? `${top.name} (${((top.ms / r.build.ms) * 100).toFixed(0)} %)` : '–';
};
const notes = results.flatMap((r) => {
  const out: string[] = [];
  if (r.failure) out.push(`${r.articles} articles: ${r.failure}`);
  if (r.firstSearch && 'skipped' in r.firstSearch) out.push(`${r.articles} articles: ${r.firstSearch.skipped}; search figures left empty`);
  return out;
});

const report = `## At scale (\`npm run bench:scale\`)${args.section === 'scale' ? '' : ` (${args.section})`}
${args.note ? `\n${args.note}\n` : ''}
- Run: ${startedAt.toISOString()} on ${machine()}; load average before ${loadBefore}, after ${load()}.
- Project: ${PROJECT === REPO ? '' : `${PROJECT}, `}${commitOf(PROJECT)} (Astro ${versionOf(PROJECT, 'astro')}, Pagefind ${versionOf(PROJECT, 'pagefind')}). One cold build per size (\`npm run build\` in a temporary copy, no caches)${REUSE ? `; the largest size reused the kept build in ${REUSE} (no build figures)` : ''}.
- Articles: the ${originals.length} real ones plus synthetic ones made from them (bench/lib/synth.ts): each takes a real article's opening, some of its sections and one to three sections of other articles, a varied title, description and keywords, and related articles inside the set; all pass the article schema and house style. Search figures use the queries in ${QUERIES}.

${table}

Where the build time goes (phases from the times of Astro's log lines; an integration's phase is the time before its log line):

${phaseTable}

Largest phase: ${results.map((r) => `${r.articles}: ${dominant(r)}`).join('; ')}.
${results
  .flatMap((r) => {
    const f = ok(r.firstSearch);
    return f
      ? [`\nLargest downloads of a first search at ${r.articles}: ${f.largest.map((l) => `${l.path} ${kb(l.bytes)}`).join(', ')}.`]
      : [];
  })
  .join('')}

Goals (issue 8): 10,000 articles build in under 5 minutes on this machine: ${buildGoal}. Search latency under 150 ms: ${latencyGoal}.
${notes.length ? `\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
How: peak memory is the summed RSS of the build's process tree polled every 200 ms. First search: on an article page, type a query into the header's search field and wait until results are shown and the network is quiet (median of three queries, fresh browser each). Latency: the header search's own performance measure (\`help-search\`, from the search being issued after the typing pause to the results being rendered), over every query in the file on one article page; the first search of a fresh page also loads Pagefind, its wasm and the index chunks it needs. Pagefind alone: \`pagefind.search(q)\` with default options for each query, timed in an article page that has not loaded the site's search, no result data loaded; with the number of matching pages it separates Pagefind's own cost from the site's search code (which may run several Pagefind searches per query).
`;

console.log(`\n${report}`);
writeResults(resolve(args.results!), args.section!, report);
log(`written to ${args.results}`);
