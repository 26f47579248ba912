import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../../../e2e/fixtures';
import { resultLinks, searchDone, searchHref, uiPattern } from '../../../e2e/search-page';
import { articles, categories } from '../../../tools/content';
import { getCategory } from '../../content/categories';
import { ui } from '../../i18n/zh-CN';
import { DIST, sitemapPaths } from '../../../tools/dist';
import { serveDist, type DistServer } from '../../../tools/static-server';
import { underWorker, updateWorker } from './e2e-helpers';
import { writeServiceWorker, type ServiceWorkerSummary } from './service-worker-integration';

// Pages and queries from the content: the last article and category in the site's order (never the
// page the test starts on), and two articles found by their titles.
const [first, second] = articles();
const lastArticle = articles().at(-1)!;
const lastCategory = categories.at(-1)!;

// Each test waits for a worker to download the site in the background.
test.beforeEach(() => test.slow());
// The other tests block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

test('a reader moving from a worker that cached per deploy downloads only what differs', async ({ page, context }) => {
  const workerFetches: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) workerFetches.push(new URL(r.url()).pathname);
  });
  // The earlier worker's cache, made by hand in a tab that registers no worker: one page as built,
  // one whose bytes are not this deploy's.
  const setup = await context.newPage();
  await setup.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  await setup.goto('/');
  await setup.evaluate(async () => {
    const old = await caches.open('help-0123456789ab');
    await old.put('/tips/', await fetch('/tips/'));
    await old.put('/account/', new Response('<h1>旧版本</h1>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  });
  await setup.close();

  await page.goto('/');
  await underWorker(page);
  expect(workerFetches).not.toContain('/tips/');
  expect(workerFetches).toContain('/account/');
  expect(await page.evaluate(() => caches.keys())).toEqual(['help-files']);

  await context.setOffline(true);
  await page.goto('/tips/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(getCategory('tips').name);
  await page.goto('/account/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(getCategory('account').name);
});

/** Two deploys of the built site served in turn at one address, as a host does across a deploy. */
interface Deploys {
  url: string;
  server: DistServer;
  /** The article whose text the second deploy changes, and the sentence it adds. */
  article: string;
  sentence: string;
  second: ServiceWorkerSummary;
  /** Serves the second deploy from now on. */
  deploy(): void;
  /** Paths requested since the last `deploy()`. */
  sinceDeploy: string[];
}

const updateTest = test.extend<object, { deploys: Deploys }>({
  deploys: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'help-offline-e2e-'));
      const first = join(dir, 'first');
      const second = join(dir, 'second');
      cpSync(DIST, first, { recursive: true });
      cpSync(DIST, second, { recursive: true });
      const article = sitemapPaths().find((p) => p.split('/').length === 4)!;
      const sentence = '这一句是更新后才有的。';
      const file = join(second, article, 'index.html');
      const html = readFileSync(file, 'utf8');
      const at = html.indexOf('<p', html.indexOf('</h1>'));
      const open = html.indexOf('>', at) + 1;
      writeFileSync(file, html.slice(0, open) + sentence + html.slice(open));
      const summary = await writeServiceWorker(second);

      const site = join(dir, 'site');
      symlinkSync(first, site);
      const sinceDeploy: string[] = [];
      const server = await serveDist(site, (path) => sinceDeploy.push(path.split('?')[0]!));
      await use({
        url: server.url,
        server,
        article,
        sentence,
        second: summary,
        deploy() {
          symlinkSync(second, `${site}.next`);
          renameSync(`${site}.next`, site);
          sinceDeploy.length = 0;
        },
        sinceDeploy,
      });
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ deploys }, use) => use(deploys.url),
});

updateTest(
  'after one visit and an update, the reader sees the changed sentence online and reads the site offline',
  async ({ page, context, deploys }) => {
    await page.goto('/');
    await underWorker(page);
    await page.goto(deploys.article);
    await expect(page.getByText(deploys.sentence)).toHaveCount(0);

    deploys.deploy();
    // The browser checks for a new worker on navigations; asking directly makes the moment certain.
    await updateWorker(page);
    // The update fetched the new worker and the one changed page, nothing else.
    expect(new Set(deploys.sinceDeploy)).toEqual(new Set(['/sw.js', deploys.article]));
    // Old copies are gone: the cache holds the new deploy's files and nothing more.
    const keys = await page.evaluate(async () => (await (await caches.open('help-files')).keys()).map((r) => new URL(r.url).pathname));
    expect(keys.sort()).toEqual(deploys.second.entries.map((e) => e.url).sort());

    await page.goto(deploys.article);
    await expect(page.getByText(deploys.sentence)).toBeVisible();

    // Offline, from what the worker holds after the update: the changed page, any other article and
    // category, search on the search page and in the header, and the offline page for an address
    // that was never built.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(deploys.sentence)).toBeVisible();
    await page.goto(lastArticle.href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastArticle.data.title);
    await page.goto(`/${lastCategory.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastCategory.name);

    await page.goto(searchHref(first!.data.title));
    await searchDone(page);
    // Found, not 搜索暂时用不了 (what the page says when the index cannot be fetched).
    await expect(page.locator('#search-status')).toHaveText(uiPattern('search.found'));
    await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${first!.href}`));
    await page.goto(`/${categories[0]!.id}/`);
    await page.locator('header input[name="q"]').fill(second!.data.title);
    await expect(page.getByRole('option').first()).toContainText(second!.data.title);

    await page.goto('/never-built/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['offline.title']);
  },
);
