/**
 * Lighthouse (mobile) on the home page, a category, an article and the search page, with the
 * same Chromium the tests use. Prints the four category scores per page. A benchmark, not a test:
 * run `npm run build` first.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { serveDist } from '../tools/static-server.ts';

const PAGES = ['/', '/payments/', '/payments/payment-failed/', '/search/?q=支付失败'];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await serveDist('dist');
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
  await chrome.kill();
  await server.close();
}
console.table(rows);
