import { test, expect } from './fixtures';
import { articlesOf, categories, firstArticle, type ContentArticle } from '../tools/content';
import { channels } from '../src/content/channels';
import { ui } from '../src/i18n/zh-CN';

// Pages and words come from the content: the first category, its first two articles, an article
// long enough for a table of contents.
const category = categories.find((c) => articlesOf(c.id).length >= 2)!;
const [firstInCategory, secondInCategory] = articlesOf(category.id) as [ContentArticle, ContentArticle];

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

test('an article has a table of contents, related articles and the official channels', async ({ page }) => {
  // The table of contents appears from three sections on.
  const long = firstArticle('with three sections', (a) => a.sections.length >= 3);
  await page.goto(long.href);
  const toc = page.getByRole('navigation', { name: ui['article.toc'] });
  const tocLinks = toc.getByRole('link');
  expect(await tocLinks.count()).toBeGreaterThanOrEqual(3);
  // Every table-of-contents entry points at a heading that exists.
  for (const href of await tocLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
  const related = page.getByRole('region', { name: ui['article.related'] });
  expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(1);
  const help = page.getByRole('complementary', { name: ui['help.title'] });
  const phones = channels.phones.filter((p) => p.helpBox);
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) {
    await expect(help.getByRole('link', { name: `${phone.name} ${phone.number}`, exact: true })).toHaveAttribute(
      'href',
      `tel:${phone.number}`,
    );
  }
});

test('previous and next stay within the category', async ({ page }) => {
  await page.goto(firstInCategory.href);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(secondInCategory.href);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(firstInCategory.href);
});

test('an unknown address gets the 404 page with search and the categories', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['notFound.title']);
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  for (const c of categories) await expect(page.getByRole('main').getByRole('link', { name: c.name })).toHaveAttribute('href', `/${c.id}/`);
});

test('the footer says this is not an official service', async ({ page }) => {
  await page.goto(`/${categories[1]!.id}/`);
  await expect(page.getByRole('contentinfo')).toContainText(ui['site.independent']);
});
