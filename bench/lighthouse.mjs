/**
 * npm run bench:lighthouse
 *
 * Lighthouse (mobile) on the home page, a category, an article and the search page, with the same
 * Chromium the tests use. Prints the four category scores per page. A benchmark, not a test: run
 * `npm run build` first. Lighthouse is one of bench/'s own dependencies (bench/package.json), kept
 * out of the main install; the first run installs them.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tools/browser.ts';
import { serveDist } from '../tools/static-server.ts';
import { ensureBenchInstall } from './lib/workspace.ts';

const PAGES = ['/', '/payments/', '/payments/payment-failed/', '/search/?q=支付失败'];
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
const rows = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const c = result.lhr.categories;
    rows.push({ page: path, performance: c.performance.score * 100, accessibility: c.accessibility.score * 100, 'best-practices': c['best-practices'].score * 100, seo: c.seo.score * 100 });
    const misses = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
    if (misses.length) console.log(`${path}: below 100 on ${misses.map((a) => a.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.table(rows);
