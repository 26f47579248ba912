/**
 * npm run bench:lighthouse [-- --runs=3 --page=/search/?q=… …]
 *
 * Lighthouse (mobile: its 4× slower CPU and slow network, simulated) on the home page, a category,
 * an article and the search page with a query, with the same Chromium the tests use. Each page is
 * measured --runs times (3 by default); the table gives the median performance score with its total
 * blocking time (TBT) and largest contentful paint (LCP) from the same run, and the other three
 * category scores. A benchmark, not a test: run `npm run build` first. Lighthouse is one of bench/'s
 * own dependencies (bench/package.json), kept out of the main install; the first run installs them.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tools/browser.ts';
import { serveDist } from '../tools/static-server.ts';
import { ensureBenchInstall } from './lib/workspace.ts';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } },
});
const RUNS = Number(args.runs);
const PAGES = args.page?.length ? args.page : ['/', '/payments/', '/payments/payment-failed/', '/search/?q=支付失败'];
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

ensureBenchInstall((line) => console.log(`[bench:lighthouse] ${line}`));
// Imported only now: they live in bench/node_modules, which the line above may just have installed.
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const server = await serveDist('dist');
const chrome = await chromeLauncher.launch({
  // undefined from chromiumExecutable() means Playwright's own browser.
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
console.log(`Load average before: ${load()}`);
const rows = [];
try {
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
      });
      runs.push(result.lhr);
    }
    // The run with the median performance score, so its TBT and LCP belong to it.
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    const c = lhr.categories;
    rows.push({
      page: path,
      performance: Math.round(c.performance.score * 100),
      'TBT ms': Math.round(lhr.audits['total-blocking-time'].numericValue),
      'LCP s': (lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
      accessibility: Math.round(c.accessibility.score * 100),
      'best-practices': Math.round(c['best-practices'].score * 100),
      seo: Math.round(c.seo.score * 100),
    });
    const misses = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    );
    if (misses.length) console.log(`${path}: below 100 on ${misses.map((a) => a.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`Load average after: ${load()}; ${RUNS} run(s) a page, median by performance score.`);
console.table(rows);
