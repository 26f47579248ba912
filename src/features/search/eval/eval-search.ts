/**
 * npm run eval:search [queries.json]
 *
 * Measures search quality over the built site (dist/; builds nothing). For every query in the file
 * it opens /search/?q=… in headless Chromium, exactly as a reader would, and reads the ranked links
 * in #search-results; as a baseline it runs plain Pagefind (default options, the same index) in the
 * same browser. Prints recall@3 (share of queries with an expected article in the first three
 * results) and MRR (mean of 1/rank of the first expected article, within the first ten), then each
 * query the site misses.
 *
 * Queries files: the arguments (several are measured one after another, with a summary per file
 * at the end), else $SEARCH_QUERIES, else ../shared/search/queries.json; `--all` adds every set in
 * tests/search/. Format:
 * { "queries": [{ "q": "付款失败", "expect": ["payments/payment-failed"] }] }. A set for the English
 * pages (its expectations all `en/…`, or `"lang": "en"` at the top) is run on /en/search/ and the
 * English index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../../tools/browser.ts';
import { serveDist } from '../../../../tools/static-server.ts';
import { SEARCH_BUNDLES, type SearchLang } from '../query/search-bundles.ts';
import { articleIdOfHref, parseQueries, scoreRankings, type SearchScore } from './search-score.ts';

// The repository root: this file is in src/features/search/eval/.
const ROOT = resolve(import.meta.dirname, '../../../..');
const DIST = resolve(ROOT, 'dist');
const SHARED = resolve(ROOT, '../shared/search/queries.json');
const SETS = resolve(ROOT, 'tests/search');
const queryArgs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const named = (queryArgs.length ? queryArgs : [process.env['SEARCH_QUERIES'] ?? SHARED]).map((p) => resolve(p));
const queriesPaths = process.argv.includes('--all')
  ? [
      ...named,
      ...readdirSync(SETS)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => resolve(SETS, f)),
    ]
  : named;

if (!existsSync(resolve(DIST, 'pagefind/pagefind.js'))) {
  console.error('eval:search: dist/pagefind is missing. Run `npm run build` first.');
  process.exit(2);
}
for (const path of queriesPaths) {
  if (!existsSync(path)) {
    console.error(`eval:search: no queries file at ${path}. Pass a path or set SEARCH_QUERIES.`);
    process.exit(2);
  }
}
const querySets = queriesPaths.map((path) => {
  const text = readFileSync(path, 'utf8');
  const queries = parseQueries(text, path);
  /** Which language's search the set is for: its `lang`, else English when every expected article is. */
  const lang: SearchLang =
    (JSON.parse(text) as { lang?: SearchLang }).lang ??
    (queries.every((q) => q.expect.every((id) => id.startsWith('en/'))) ? 'en' : 'zh-CN');
  return { path, queries, prefix: lang === 'en' ? '/en' : '', bundle: SEARCH_BUNDLES[lang].bundle };
});

async function siteRanking(page: Page, base: string, q: string): Promise<string[]> {
  await page.goto(`${base}/search/?${new URLSearchParams({ q })}`);
  // aria-busy is "false" in the static HTML too, so also wait for the status line to report.
  await page.waitForFunction(
    () => {
      const list = document.querySelector('#search-results');
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const searching = (JSON.parse(document.querySelector('search-page')?.getAttribute('data-ui') ?? '{}') as Record<string, string>)[
        'search.searching'
      ];
      return list?.getAttribute('aria-busy') === 'false' && status !== '' && status !== searching;
      // Up to two minutes: on a loaded machine a first search can take tens of seconds.
    },
    null,
    { timeout: 120_000 },
  );
  const hrefs = await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(articleIdOfHref);
}

async function pagefindRanking(page: Page, q: string, bundle: string): Promise<string[]> {
  const urls = await page.evaluate(
    async ({ query, script }) => {
      const pf = await import(script);
      // Pagefind's defaults, except that the URLs are site paths already (see search-engine.ts).
      await pf.options({ baseUrl: '/' });
      const response = await pf.search(query);
      const top = response.results.slice(0, 10);
      return Promise.all(top.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    },
    { query: q, script: `${bundle}pagefind.js` },
  );
  return urls.map(articleIdOfHref);
}

const server = await serveDist(DIST);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
const fmt = (x: number) => x.toFixed(3);
const summary: { name: string; n: number; site: SearchScore; base: SearchScore }[] = [];
try {
  const page = await browser.newPage({ locale: 'zh-CN' });
  for (const { path, queries, prefix, bundle } of querySets) {
    const site: string[][] = [];
    for (const { q } of queries) site.push(await siteRanking(page, `${server.url}${prefix}`, q));
    await page.goto(`${server.url}${prefix}/`);
    const baseline: string[][] = [];
    for (const { q } of queries) baseline.push(await pagefindRanking(page, q, bundle));

    const siteScore = scoreRankings(queries, site);
    const baseScore = scoreRankings(queries, baseline);
    summary.push({ name: relative(ROOT, path), n: queries.length, site: siteScore, base: baseScore });
    console.log(`queries: ${path} (${queries.length}), on ${prefix}/search/`);
    console.log('');
    console.log('                 recall@3   MRR');
    console.log(`site search      ${fmt(siteScore.recall3)}      ${fmt(siteScore.mrr)}`);
    console.log(`plain Pagefind   ${fmt(baseScore.recall3)}      ${fmt(baseScore.mrr)}`);
    console.log('goal             0.950      0.850');
    console.log('');
    if (siteScore.misses.length === 0) console.log('site search: every expected article is in the first three results.');
    else {
      console.log(`site search misses (${siteScore.misses.length}):`);
      for (const m of siteScore.misses) console.log(`  ${m.q}  expected ${m.expect.join(' or ')}  got ${m.got.join(', ') || '(nothing)'}`);
    }
    if (process.argv.includes('--baseline-misses') || process.env['SEARCH_BASELINE_MISSES']) {
      console.log(`\nplain Pagefind misses (${baseScore.misses.length}):`);
      for (const m of baseScore.misses) console.log(`  ${m.q}  expected ${m.expect.join(' or ')}  got ${m.got.join(', ') || '(nothing)'}`);
    }
    console.log('');
  }
  if (summary.length > 1) {
    // One line per set: each kind of query (Traditional, pinyin, slips, spoken…) has its own set.
    const width = Math.max(...summary.map((s) => s.name.length));
    console.log(`${'set'.padEnd(width)}  queries  recall@3  MRR    Pagefind recall@3  MRR`);
    for (const { name, n, site, base } of summary) {
      console.log(
        `${name.padEnd(width)}  ${String(n).padStart(7)}  ${fmt(site.recall3)}     ${fmt(site.mrr)}  ${fmt(base.recall3)}              ${fmt(base.mrr)}`,
      );
    }
    const all = summary.reduce((sum, s) => sum + s.n, 0);
    const mean = (pick: (s: (typeof summary)[number]) => number) => summary.reduce((sum, s) => sum + pick(s) * s.n, 0) / all;
    console.log(
      `${'all'.padEnd(width)}  ${String(all).padStart(7)}  ${fmt(mean((s) => s.site.recall3))}     ${fmt(mean((s) => s.site.mrr))}  ${fmt(mean((s) => s.base.recall3))}              ${fmt(mean((s) => s.base.mrr))}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
