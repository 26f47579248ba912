/**
 * The English section in a browser: the language link between the pages that exist in both
 * languages, English search (header field, /en/search/, and English results offered for a Latin
 * query on a Chinese page), the English troubleshooter walked by keyboard, checklists, no
 * JavaScript, 长辈模式 ("Larger text") and offline. Expectations come from the content files and
 * the strings file, never from pinned article wording.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from '@playwright/test';
import { test, expect } from '../../../e2e/fixtures';
import { DIST, htmlOf, sitemapPaths } from '../../../tools/dist';
import { ui as en } from '../../i18n/en';
import { ui as zh } from '../../i18n/zh-CN';
import { readLanguagePairs } from './language-pairs';
import { enFlows } from '../../../tools/content';
import { TEXT_SIZE_KEY, LARGE } from '../text-size/text-size';
import { splitFrontmatter } from '../../content/lint/mdx-text';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const pairs = readLanguagePairs();
const articlePair = pairs.find((p) => p.en !== '/en/' && p.en !== '/en/urgent/')!;
const queries = (JSON.parse(readFileSync('tests/search/en-queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] }).queries;
/** A plain English query and the English articles it should find. */
const query = queries.find((q) => /^[a-z ]+$/.test(q.q))!;
const expected = (href: string | null) => query.expect.some((id) => href?.startsWith(`/${id}/`));
/** The titles of those articles, from their frontmatter. */
const expectedTitles = query.expect.map((id) => String(splitFrontmatter(readFileSync(`content/en/articles/${id.slice('en/'.length)}.mdx`, 'utf8')).frontmatter['title']));
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
/** A first search loads Pagefind and its wasm: on a busy two-core machine that takes seconds. */
const SEARCH_WAIT = { timeout: 20_000 };

// Each test opens several pages and searches; the default 30 s is tight on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function searchDone(page: Page) {
  await expect(page.locator('#search-status')).not.toHaveText(new RegExp(`^$|${en['search.searching']}|${zh['search.searching']}`), SEARCH_WAIT);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

test.describe('the language link', () => {
  for (const pair of pairs) {
    test(`joins ${pair['zh-CN']} and ${pair.en}, both ways, with hreflang alternates`, async ({ page }) => {
      await page.goto(pair['zh-CN']);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      for (const [lang, href] of [['zh-CN', pair['zh-CN']], ['en', pair.en], ['x-default', pair['zh-CN']]]) {
        await expect(page.locator(`head link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`${href}$`));
      }
      const toEnglish = page.getByRole('main').getByRole('link', { name: en['lang.name'], exact: true });
      await expect(toEnglish).toHaveAttribute('hreflang', 'en');
      await expect(toEnglish).toHaveAttribute('lang', 'en');
      await toEnglish.click();
      await expect(page).toHaveURL(pair.en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${pair['zh-CN']}$`));
      await page.getByRole('main').getByRole('link', { name: zh['lang.name'], exact: true }).click();
      await expect(page).toHaveURL(pair['zh-CN']);
    });
  }

  test('is absent where a page has no version in the other language', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.locator('head link[rel="alternate"]')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: zh['lang.name'], exact: true })).toHaveCount(0);
  });

  test('the sitemap lists both languages and pairs the versions', () => {
    const paths = sitemapPaths();
    for (const pair of pairs) expect(paths).toEqual(expect.arrayContaining([pair['zh-CN'], pair.en]));
    const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
    const entry = sitemap.split('<url>').find((u) => u.includes(`${articlePair['zh-CN']}</loc>`))!;
    expect(entry).toMatch(new RegExp(`hreflang="en" href="[^"]*${articlePair.en}"`));
    expect(entry).toMatch(new RegExp(`hreflang="x-default" href="[^"]*${articlePair['zh-CN']}"`));
  });
});

test.describe('English pages', () => {
  test('the home page lists every English article and links to urgent help and the troubleshooter', async ({ page }) => {
    await page.goto('/en/');
    const articles = sitemapPaths().filter((p) => /^\/en\/[a-z0-9-]+\/$/.test(p) && !['/en/search/', '/en/urgent/', '/en/diagnose/'].includes(p));
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const path of articles) await expect(page.getByRole('main').locator(`a[href="${path}"]`).first()).toBeVisible();
    await expect(page.locator('header a[href="/en/urgent/"]')).toBeVisible();
    for (const flow of enFlows()) await expect(page.getByRole('main').locator(`a[href="/en/diagnose/${flow.id}/"]`).first()).toBeVisible();
    await expect(page.getByRole('button', { name: en['textSize.label'] })).toBeVisible();
  });

  test('an English article carries English structured data, and its checklist works with English text', async ({ page }) => {
    await page.goto(articlePair.en);
    const blocks = [...htmlOf(articlePair.en).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(blocks.map((b) => b['@type'])).toEqual(expect.arrayContaining(['BreadcrumbList', 'TechArticle', 'HowTo']));
    expect(blocks.find((b) => b['@type'] === 'TechArticle').inLanguage).toBe('en');

    const list = page.locator('help-checklist').first();
    const boxes = list.getByRole('checkbox');
    const total = await boxes.count();
    await expect(list.locator('[data-progress]')).toHaveText(fill(en['checklist.progressNone'], { total }));
    await boxes.first().check();
    await expect(list.locator('[data-progress]')).toHaveText(fill(en['checklist.progress'], { done: 1, total }));
    await page.reload();
    await expect(boxes.first()).toBeChecked();
    await expect(list.getByRole('button', { name: en['checklist.reset'] })).toBeVisible();
  });
});

test('an English checklist prints alone, with English labels and where it comes from', async ({ page }) => {
  // Record print() instead of opening the print dialog (as checklist.e2e.ts does).
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = 1;
    };
  });
  await page.goto(articlePair.en);
  const list = page.locator('help-checklist').first();
  const title = (await list.getAttribute('data-title'))!;
  await list.getByRole('checkbox').first().check();
  await list.getByRole('button', { name: en['checklist.print'] }).click();
  await page.getByRole('dialog', { name: en['checklist.printTitle'] }).getByRole('button', { name: en['checklist.printTicked'] }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const text = squash((await extractText(pdf, { mergePages: true })).text);
  const article = (await list.getAttribute('data-article'))!;
  expect(text).toContain(squash(title));
  expect(text).toContain(squash(fill(en['checklist.source'], { article, site: en['site.name'] })));
  expect(text).toContain(squash(en['checklist.printDate']));
  // No site navigation or buttons on paper.
  for (const absent of [en['article.related'], en['help.title'], en['checklist.print']]) expect(text, absent).not.toContain(squash(absent));
});

test.describe('English search', () => {
  test('the header field on an English page searches the English articles; Enter goes to /en/search/', async ({ page }) => {
    await page.goto(articlePair.en);
    // A searchbox until the search code makes it a combobox.
    const field = page.getByRole('banner').getByLabel(en['search.label']);
    await field.click();
    await field.fill(query.q);
    const options = page.getByRole('listbox', { name: en['search.results'] }).getByRole('option');
    await expect(options.first()).toBeVisible(SEARCH_WAIT);
    const firstThree = (await options.allTextContents()).slice(0, 3);
    expect(firstThree.some((text) => expectedTitles.some((title) => text.includes(title))), firstThree.join(' | ')).toBe(true);
    await field.press('Escape');
    await field.press('Enter');
    await expect(page).toHaveURL(`/en/search/?${new URLSearchParams({ q: query.q })}`);
    await searchDone(page);
    const links = await page.locator('#search-results > li a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(links.some(expected), `${query.q} → ${links.join(', ')}`).toBe(true);
    await expect(page.locator('#search-status')).toHaveText(/^\d+ articles? found$/);
  });

  test('/en/search/ uses only the English index', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`/en/search/?${new URLSearchParams({ q: query.q })}`);
    await searchDone(page);
    expect(requests.some((p) => p.startsWith('/en/pagefind/'))).toBe(true);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    for (const href of await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
  });

  test('a query in Latin letters on a Chinese page also offers English articles; a Chinese query never loads them', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/payments/payment-failed/');
    const field = page.getByRole('banner').getByLabel(zh['search.label']);
    await field.click();
    await field.fill('付款失败');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible(SEARCH_WAIT);
    expect(requests.filter((p) => p.startsWith('/en/'))).toEqual([]);

    await field.fill(query.q);
    const english = page.getByRole('listbox').locator('[role="option"][lang="en"]');
    await expect(english.first()).toBeVisible(SEARCH_WAIT);
    expect(requests.some((p) => p.startsWith('/en/pagefind/'))).toBe(true);
    await expect(english.first()).toContainText(en['lang.name']);

    await page.goto(`/search/?${new URLSearchParams({ q: query.q })}`);
    await searchDone(page);
    const offered = page.locator('#search-results > li[lang="en"] a');
    await expect(offered.first()).toHaveAttribute('href', /^\/en\//);
  });
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an English article, its checklist and the flow are complete; the search page lists the articles', async ({ page }) => {
    await page.goto(articlePair.en);
    const source = splitFrontmatter(readFileSync(`content/en/articles${articlePair.en.slice(3, -1)}.mdx`, 'utf8'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(source.frontmatter['title']));
    await expect(page.locator('help-checklist').first().getByRole('checkbox').first()).toBeVisible();
    // Chromium with JavaScript switched off by Playwright parses <noscript> but does not render it
    // (see search.e2e.ts): check what it holds.
    await page.goto('/en/search/');
    const noscript = page.locator('main noscript');
    expect(await noscript.evaluate((el) => el.textContent ?? '')).toContain(en['search.noscript']);
    expect(await noscript.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(articlePair.en);
  });
});

// One test per page and mode, so the sweep spreads over the workers (as e2e/a11y.spec.ts does).
const axePages = ['/en/', articlePair.en, '/en/urgent/', `/en/search/?${new URLSearchParams({ q: query.q })}`, `/en/diagnose/${enFlows()[0]!.id}/`];
for (const mode of ['light', 'dark', 'large'] as const) {
  for (const path of axePages) {
    test(`axe finds no violations on ${path} at 360 px, ${mode}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
      if (mode === 'large') await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [TEXT_SIZE_KEY, LARGE]);
      await page.goto(path);
      if (mode === 'large') await expect(page.locator('html')).toHaveClass(/large-text/);
      if (path.startsWith('/en/search/')) await searchDone(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    });
  }
}

test('the offline worker precaches the English pages and the English index', () => {
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  for (const path of ['/en/', '/en/urgent/', articlePair.en, '/en/pagefind/pagefind.js', '/en/pagefind/result-cards.json']) expect(sw, path).toContain(JSON.stringify(path));
});
