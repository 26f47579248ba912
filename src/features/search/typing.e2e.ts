/**
 * Search as readers type (issue #15): Traditional characters, pinyin and IME slips find their
 * article in the header and on the search page, with the line saying what was searched instead
 * and a link that searches exactly what was typed; English stays English, and a reader who types
 * Simplified Chinese downloads none of the typing tables.
 *
 * Queries come from the content: an article's title turned into Traditional characters with
 * OpenCC, a keyword of one article spelled in pinyin with pinyin-pro, and the same keyword with
 * one character swapped for one that sounds the same (from the built sounds table).
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';
import { pinyin } from 'pinyin-pro';
import { test, expect } from '../../../e2e/fixtures';
import { resultLinks, searchDone as searchDoneQuickly, searchHref, uiPattern } from '../../../e2e/search-page';
import { articles, type ContentArticle } from '../../../tools/content';
import { ui } from '../../i18n/zh-CN';
import { normalizeQuery } from './query/search-text';
import { compileSounds, TYPING_MANIFEST, type SoundsTable, type TypingManifest } from './query/typing-tables';
import { segmentWords } from './query/search-text';
import { respell } from './query/respell';
import { looksMistyped } from './query/mistyped';
import { compileVocabulary } from './query/search-synonyms';
import vocabularyData from '../../../content/search-synonyms.json' with { type: 'json' };

const all = articles();

/**
 * These searches load a typing table (and, on the search page, the search worker) besides
 * the index: on a machine shared with other builds that takes longer than expect's 5 s. The test
 * time limit is the slow-test one, and the wait for the search page allows 30 s.
 */
test.slow();
const patient = expect.configure({ timeout: 30_000 });
async function searchDone(page: import('@playwright/test').Page) {
  await patient(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await patient(page.locator('#search-status')).not.toHaveText(new RegExp(`^$|${ui['search.searching']}`));
  await searchDoneQuickly(page);
}
const vocabulary = compileVocabulary(vocabularyData);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The first article whose title reads differently in Traditional characters. */
const traditional = (() => {
  const found = all.find((a) => toTraditional(a.data.title) !== a.data.title);
  if (!found) throw new Error('No article title changes in Traditional characters');
  return { article: found, query: toTraditional(found.data.title), searched: normalizeQuery(found.data.title) };
})();

/** Keywords of 3–6 Chinese characters that no other article's title or keywords contain. */
function ownKeywords(a: ContentArticle): string[] {
  const others = all.filter((b) => b.id !== a.id).flatMap((b) => [b.data.title, ...b.data.keywords]);
  return a.data.keywords.filter((k) => /^\p{Script=Han}{3,6}$/u.test(k) && !others.some((o) => o.includes(k)));
}

const spell = (word: string) => (pinyin(word, { toneType: 'none', type: 'array' }) as string[]).join('').replace(/ü/g, 'v');

/** An article found by one of its own keywords spelled in toneless pinyin. */
const pinyinCase = (() => {
  for (const a of all) {
    const keyword = ownKeywords(a)[0];
    if (keyword) return { article: a, query: spell(keyword), keyword };
  }
  throw new Error('No article has a keyword of its own of 3–6 Chinese characters');
})();

/**
 * An article's own keyword with one character replaced by another read the same way (from the
 * built sounds table), which the respelling turns back into the keyword.
 */
const slipCase = (() => {
  const dir = 'dist/pagefind/';
  const manifest = JSON.parse(readFileSync(dir + TYPING_MANIFEST, 'utf8')) as TypingManifest;
  const table = JSON.parse(readFileSync(dir + manifest.files.sounds, 'utf8')) as SoundsTable;
  const sounds = compileSounds(table);
  for (const a of all.slice().reverse()) {
    for (const keyword of ownKeywords(a)) {
      const chars = [...keyword];
      for (let k = chars.length - 1; k >= 0; k--) {
        const reading = sounds.readingsOf.get(chars[k]!)?.[0];
        for (const other of reading ? (table.readings[reading] ?? '') : '') {
          if (other === chars[k]) continue;
          const query = chars.map((c, i) => (i === k ? other : c)).join('');
          if (looksMistyped(query, vocabulary) && respell(query, sounds, segmentWords)?.text === keyword)
            return { article: a, query, keyword };
        }
      }
    }
  }
  throw new Error('No keyword of an article has a homophone slip that search respells');
})();

const cases = [
  { kind: 'Traditional', article: traditional.article, query: traditional.query, searched: traditional.searched },
  { kind: 'pinyin', article: pinyinCase.article, query: pinyinCase.query, searched: pinyinCase.keyword },
  { kind: 'homophone', article: slipCase.article, query: slipCase.query, searched: slipCase.keyword },
];

/** Focuses the header's search field (loading the search code); its field, options and "instead" line. */
async function headerSearch(page: import('@playwright/test').Page) {
  await page.getByRole('banner').getByRole('searchbox').click();
  const options = page.getByRole('listbox', { name: ui['search.results'] }).getByRole('option');
  return {
    field: page.getByRole('banner').getByRole('combobox', { name: ui['search.label'] }),
    options,
    instead: options.and(page.locator('[id$="-instead"]')),
  };
}

for (const { kind, article, query, searched } of cases) {
  // Header and search page in one test: the second reuses the page's cached engine and index, where
  // a test of its own would start a page and download them again.
  test(`a ${kind} query (${query}) finds its article in the header and on the search page, each saying what was searched instead`, async ({
    page,
  }) => {
    await page.goto(all.find((a) => a.id !== article.id)!.href);
    const { field, options, instead } = await headerSearch(page);
    await field.fill(query);
    await patient(instead).toHaveCount(1);
    await expect(instead).toContainText(searched);
    await expect(instead).toContainText(query);
    await expect(options.filter({ hasText: article.data.title })).not.toHaveCount(0);
    // The line's option opens the search page with exactly what was typed.
    await instead.click();
    await expect(page).toHaveURL(/\/search\/\?/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    await searchDone(page);
    await expect(page.locator('[data-instead]')).toBeHidden();

    // The search page, opened with the query as typed, searches instead too and links to what was typed.
    await page.goto(searchHref(query));
    await searchDone(page);
    const hrefs = await resultLinks(page).evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.some((h) => h.startsWith(article.href)),
      `${hrefs.join(', ')} should hold ${article.href}`,
    ).toBe(true);
    const line = page.locator('[data-instead]');
    await expect(line).toBeVisible();
    await expect(line.locator('[data-instead-text]')).toContainText(searched);
    const link = line.getByRole('link', { name: uiPattern('search.searchTyped') });
    await expect(link).toContainText(query);
    await link.click();
    await searchDone(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    await expect(line).toBeHidden();
    await expect(page.locator('#search-page-q')).toHaveValue(query);
  });
}

test('English stays English and loads no typing table; Simplified loads no Traditional table', async ({ page }) => {
  const tables: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/typing/')) tables.push(path);
  });
  // English words of the vocabulary that look nothing like pinyin, and one that does (o|pen).
  const english = ['card', 'frozen', 'scam', 'refund', 'open'].filter((w) => vocabularyData.groups.some((g) => g.includes(w)));
  expect(english.length).toBeGreaterThan(2);
  // In the header of one page: the header and the search page plan a query with the same code, and
  // later searches here cost milliseconds where each search page would load Pagefind again.
  await page.goto(all[0]!.href);
  const { field, options, instead } = await headerSearch(page);
  // Emptying the field empties the list, so the options seen after each query are that query's.
  const search = async (q: string) => {
    await field.fill('');
    await expect(options).toHaveCount(0);
    await field.fill(q);
    await expect(options.first(), q).toBeVisible();
  };
  for (const q of english) {
    await search(q);
    await expect(instead, q).toHaveCount(0);
  }
  expect(tables).toEqual([]);
  // A Simplified query may load the sounds table when its results are weak, never the Traditional one.
  await search(traditional.searched);
  await expect(options.filter({ hasText: traditional.article.data.title }).first()).toBeVisible();
  expect(tables.filter((t) => t.includes('/t2s_'))).toEqual([]);
});

test('a query typed as HTML stays text in the "searched instead" line', async ({ page }) => {
  const query = `<img src=x onerror=alert(1)>${traditional.query}`;
  await page.goto(searchHref(query));
  await searchDone(page);
  const line = page.locator('[data-instead]');
  await expect(line).toBeVisible();
  await expect(line.locator('img')).toHaveCount(0);
  await expect(line.getByRole('link')).toContainText('<img src=x onerror=alert(1)>');
});
