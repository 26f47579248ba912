import { test, expect } from '../../../e2e/fixtures';
import { resultLinks, searchDone, searchHref, uiPattern } from '../../../e2e/search-page';
import { articles, categories } from '../../../tools/content';
import { ui } from '../../../src/i18n/zh-CN';

// Pages and queries from the content: the last article and category in the site's order (never the
// page the test starts on), and two articles found by their titles.
const [first, second] = articles();
const lastArticle = articles().at(-1)!;
const lastCategory = categories.at(-1)!;

// The other tests block service workers (playwright.config.ts); this one is about it.
test.use({ serviceWorkers: 'allow' });

test('after one visit the site keeps working offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes control once it has activated; a reload puts this page under it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.goto(lastArticle.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastArticle.data.title);
  await page.goto(`/${lastCategory.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastCategory.name);

  // Search works from the cached index: the search page and the header field.
  await page.goto(searchHref(first!.data.title));
  await searchDone(page);
  // Found, not 搜索暂时用不了 (what the page says when the index cannot be fetched).
  await expect(page.locator('#search-status')).toHaveText(uiPattern('search.found'));
  await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${first!.href}`));
  await page.goto(`/${categories[0]!.id}/`);
  await page.locator('header input[name="q"]').fill(second!.data.title);
  await expect(page.getByRole('option').first()).toContainText(second!.data.title);

  // A page that was never built cannot be cached: the offline page says so.
  await page.goto('/never-built/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['offline.title']);
});
