import { test, expect } from './fixtures';
import { articlesOf, categories, type ContentArticle } from '../tools/content';
import { ui } from '../src/i18n/zh-CN';

// Pages and words come from the content: the first category with two articles, its first article.
// What the pages hold (table of contents, previous and next, footer, 404) is checked over the built
// HTML in tests/dist/pages.test.ts; here a reader clicks through them.
const category = categories.find((c) => articlesOf(c.id).length >= 2)!;
const [firstInCategory] = articlesOf(category.id) as [ContentArticle];

test('home → category → article, then back up through the breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('search')).toBeVisible();
  // The categories appear in the order the data file gives.
  const headings = page.locator('#categories-title ~ div > section h3');
  await expect(headings).toHaveText(categories.map((c) => c.name));

  await page.getByRole('link', { name: category.name, exact: true }).first().click();
  await expect(page).toHaveURL(`/${category.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.name);

  await page.getByRole('main').getByRole('link', { name: firstInCategory.data.title }).click();
  await expect(page).toHaveURL(firstInCategory.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstInCategory.data.title);
  await expect(page.getByText(ui['article.updated'])).toBeVisible();

  const crumbs = page.getByRole('navigation', { name: ui['nav.breadcrumbs'] });
  await expect(crumbs.getByRole('link')).toHaveText([ui['nav.home'], category.name]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(firstInCategory.data.title);
  await crumbs.getByRole('link', { name: category.name }).click();
  await expect(page).toHaveURL(`/${category.id}/`);
});
