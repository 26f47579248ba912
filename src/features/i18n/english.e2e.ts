/**
 * The English section in a browser, one test per behaviour: the language switch, English search
 * (the header field and /en/search/ on the English index; English articles offered for a Latin
 * query on a Chinese page), an urgent query, the English troubleshooter walked by keyboard, and an
 * English checklist that remembers ticks. What needs no browser (lang, hreflang, the sitemap,
 * structured data, the precache) is checked in tests/dist/english.test.ts; axe runs on the English
 * templates in e2e/a11y.spec.ts. Expectations come from the content files, the query set and the
 * strings files, never from pinned article wording.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '../../../e2e/fixtures';
import { resultLinks, searchDone } from '../../../e2e/search-page';
import { enFlows } from '../../../tools/content';
import { splitFrontmatter } from '../../content/lint/mdx-text';
import { ui as en } from '../../i18n/en';
import { ui as zh } from '../../i18n/zh-CN';
import { fillTemplate } from '../../lib/format';
import { readLanguagePairs } from './language-pairs';

const pairs = readLanguagePairs();
const articlePair = pairs.find((p) => p.en !== '/en/' && p.en !== '/en/urgent/')!;
const queries = (JSON.parse(readFileSync('tests/search/en-queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] })
  .queries;
/** A plain English query (letters and spaces only) and the English articles it should find. */
const query = queries.find((q) => /^[a-z ]+$/.test(q.q))!;
const expected = (href: string | null) => query.expect.some((id) => href?.startsWith(`/${id}/`));
/** The titles of those articles, from their frontmatter. */
const expectedTitles = query.expect.map((id) =>
  String(splitFrontmatter(readFileSync(`content/en/articles/${id.slice('en/'.length)}.mdx`, 'utf8')).frontmatter['title']),
);
/** A query holding one of the English vocabulary's urgent words. */
const urgentWord = (JSON.parse(readFileSync('content/en/search-synonyms.json', 'utf8')) as { urgent: string[] }).urgent[0]!;
/** A first search loads Pagefind and its wasm: on a busy two-core machine that takes seconds. */
const SEARCH_WAIT = { timeout: 20_000 };

test('the language link switches between the two versions of a page, both ways', async ({ page }) => {
  test.slow(); // eight page loads
  for (const pair of [pairs.find((p) => p.en === '/en/')!, articlePair]) {
    await page.goto(pair['zh-CN']);
    const toEnglish = page.getByRole('main').getByRole('link', { name: en['lang.name'], exact: true });
    await toEnglish.click();
    await expect(page).toHaveURL(pair.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('main').getByRole('link', { name: zh['lang.name'], exact: true }).click();
    await expect(page).toHaveURL(pair['zh-CN']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
});

test('on an English page the header field searches the English articles only, Enter opens /en/search/, and urgent queries put English urgent help first', async ({
  page,
}) => {
  test.slow();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(articlePair.en);
  // A searchbox until the search code makes it a combobox.
  const field = page.getByRole('banner').getByLabel(en['search.label']);
  await field.click();
  await field.fill(query.q);
  const options = page.getByRole('listbox', { name: en['search.results'] }).getByRole('option');
  await expect(options.first()).toBeVisible(SEARCH_WAIT);
  const firstThree = (await options.allTextContents()).slice(0, 3);
  expect(
    firstThree.some((text) => expectedTitles.some((title) => text.includes(title))),
    firstThree.join(' | '),
  ).toBe(true);
  await field.press('Escape');
  await field.press('Enter');
  await expect(page).toHaveURL(`/en/search/?${new URLSearchParams({ q: query.q })}`);
  await searchDone(page);
  const links = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.slice(0, 3).some(expected), `${query.q} → ${links.join(', ')}`).toBe(true);
  expect(
    links.every((href) => href?.startsWith('/en/')),
    links.join(', '),
  ).toBe(true);
  expect(requests.some((p) => p.startsWith('/en/pagefind/'))).toBe(true);
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

  // An urgent English query puts English urgent help first, on the search page and in the header
  // (in the same page, with the English engine already loaded).
  await page.goto(`/en/search/?${new URLSearchParams({ q: urgentWord })}`);
  await searchDone(page);
  await expect(page.getByRole('link', { name: en['urgent.searchLink'] })).toHaveAttribute('href', '/en/urgent/');
  await page.goto(articlePair.en);
  await page.getByRole('banner').getByLabel(en['search.label']).fill(urgentWord);
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toHaveText(en['urgent.searchLink'], SEARCH_WAIT);
  await first.click();
  await expect(page).toHaveURL('/en/urgent/');
});

test('a query in Latin letters on a Chinese page also offers English articles; a Chinese query never loads them', async ({ page }) => {
  test.slow();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(articlePair['zh-CN']);
  const field = page.getByRole('banner').getByLabel(zh['search.label']);
  await field.click();
  await field.fill(
    String(splitFrontmatter(readFileSync(`content/articles${articlePair['zh-CN'].slice(0, -1)}.mdx`, 'utf8')).frontmatter['title']),
  );
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible(SEARCH_WAIT);
  expect(requests.filter((p) => p.startsWith('/en/'))).toEqual([]);

  await field.fill(query.q);
  const english = page.getByRole('listbox').locator('[role="option"][lang="en"]');
  await expect(english.first()).toBeVisible(SEARCH_WAIT);
  await expect(english.first()).toContainText(en['lang.name']);
  expect(requests.some((p) => p.startsWith('/en/pagefind/'))).toBe(true);

  await page.goto(`/search/?${new URLSearchParams({ q: query.q })}`);
  await searchDone(page);
  // The offer joins the list when the English index has loaded, after the Chinese results.
  await expect(page.locator('#search-results > li[lang="en"] a').first()).toHaveAttribute('href', /^\/en\//, SEARCH_WAIT);
});

test('the English troubleshooter can be walked to a result by keyboard alone', async ({ page }) => {
  const flow = enFlows()[0]!;
  await page.goto(`/en/diagnose/${flow.id}/`);
  let step = flow.start;
  // Always the first answer, until it reaches an end: the skip link, then Tab to the answer.
  while (Object.hasOwn(flow.steps, step)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.steps[step]!.question);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: en['nav.skip'] })).toBeFocused();
    await page.keyboard.press('Enter');
    const first = page.locator('[data-answers] a').first();
    for (let tabs = 0; tabs < 12 && !(await first.evaluate((a) => a === document.activeElement)); tabs++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    step = flow.steps[step]!.answers[0]!.next;
  }
  await expect(page).toHaveURL(`/en/diagnose/${flow.id}/end/${step}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.ends[step]!.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an English checklist counts and remembers ticks in English', async ({ page }) => {
  await page.goto(articlePair.en);
  const list = page.locator('help-checklist').first();
  const boxes = list.getByRole('checkbox');
  const total = await boxes.count();
  await expect(list.locator('[data-progress]')).toHaveText(fillTemplate(en['checklist.progressNone'], { total }));
  await boxes.first().check();
  await expect(list.locator('[data-progress]')).toHaveText(fillTemplate(en['checklist.progress'], { done: 1, total }));
  await page.reload();
  await expect(boxes.first()).toBeChecked();
  await expect(list.getByRole('button', { name: en['checklist.print'] })).toBeEnabled();
});
