/**
 * npm run bench:search
 *
 * Prints what a reader's first search costs on an article page, and what a later one costs:
 * bytes fetched (compressed, as sent by a gzip-enabled host) and the time from the query being
 * issued (after the typing debounce) to the results being rendered, as measured by the combobox's
 * own performance marks. Median of several runs, each in a fresh browser context (empty cache).
 * The later searches are timed again with the CPU slowed 4× (Chromium's throttling, as in
 * Lighthouse's mobile profile), for a reader on a cheap phone.
 * Runs over dist/ (builds nothing). Not a test: it prints figures against the goals.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../../tools/browser.ts';
import { serveDist } from '../../../../tools/static-server.ts';

// dist/ at the repository root: this file is in src/features/search/eval/.
const DIST = resolve(import.meta.dirname, '../../../../dist');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const ARTICLE = '/payments/payment-failed/';
const FIRST_QUERY = '钱包开不了';
const LATER_QUERIES = ['忘记支付密码', 'payment failed', '手机丢了怎么冻结微信'];

if (!existsSync(resolve(DIST, 'pagefind/pagefind.js'))) {
  console.error('bench:search: dist/pagefind is missing. Run `npm run build` first.');
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Every response body the server sent, with its compressed size, in order (the worker's too). */
const sizes: { url: string; bytes: number }[] = [];

async function searchOnce(page: Page, query: string, count: number): Promise<number> {
  const input = page.locator('header input[name="q"]');
  await input.fill(query);
  await page.waitForFunction((n) => performance.getEntriesByName('help-search', 'measure').length >= n, count, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  return page.evaluate((n) => performance.getEntriesByName('help-search', 'measure')[n - 1]!.duration, count);
}

const server = await serveDist(DIST, (url: string, bytes: number) => sizes.push({ url, bytes }));
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
const first = { bytes: [] as number[], ms: [] as number[], before: [] as number[] };
const later = { bytes: [] as number[], ms: [] as number[] };
/** Later searches with the CPU slowed 4×, as Lighthouse's mobile profile does: a cheap phone. */
const slowLater: number[] = [];
const CPU_SLOWDOWN = 4;
let firstFiles: { url: string; bytes: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // The offline worker's background precache would be counted as search bytes (bench:peer
    // measures it on its own).
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    sizes.length = 0;
    await page.goto(`${server.url}${ARTICLE}`, { waitUntil: 'networkidle' });
    const beforeFocus = sizes.length;
    first.before.push(sizes.reduce((n, s) => n + s.bytes, 0));
    await page.locator('header input[name="q"]').focus();
    first.ms.push(await searchOnce(page, FIRST_QUERY, 1));
    const afterFirst = sizes.length;
    first.bytes.push(sizes.slice(beforeFocus).reduce((n, s) => n + s.bytes, 0));
    if (run === 0) firstFiles = sizes.slice(beforeFocus);
    let count = 1;
    let mark = afterFirst;
    for (const q of LATER_QUERIES) {
      later.ms.push(await searchOnce(page, q, ++count));
      later.bytes.push(sizes.slice(mark).reduce((n, s) => n + s.bytes, 0));
      mark = sizes.length;
    }
    await context.close();
  }
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.url}${ARTICLE}`, { waitUntil: 'networkidle' });
    await page.locator('header input[name="q"]').focus();
    await searchOnce(page, FIRST_QUERY, 1);
    let count = 1;
    for (const q of LATER_QUERIES) slowLater.push(await searchOnce(page, q, ++count));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`search benchmark on ${ARTICLE}, ${RUNS} runs, medians (compressed bytes as transferred)\n`);
console.log(`article page before the search field is focused: ${kb(median(first.before))} in all`);
console.log(
  `first search "${FIRST_QUERY}":  ${kb(median(first.bytes))} fetched, ${ms(median(first.ms))} from query to results   (goal ≤ 150 KB)`,
);
console.log(
  `later searches (${LATER_QUERIES.join(', ')}):  ${kb(median(later.bytes))} fetched, ${ms(median(later.ms))} from query to results   (goal ≤ 50 ms)`,
);
console.log(`later searches with the CPU ${CPU_SLOWDOWN}× slower:  ${ms(median(slowLater))} from query to results   (goal ≤ 300 ms)`);
console.log('\nfiles of the first search (first run):');
for (const f of firstFiles) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.url}`);
