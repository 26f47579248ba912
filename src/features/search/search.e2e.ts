import { test, expect } from '../../../e2e/fixtures';
import { resultLinks, searchDone, searchHref, uiPattern } from '../../../e2e/search-page';
import { articles, firstArticle, popular, type ContentArticle } from '../../../tools/content';
import { channels } from '../../content/channels';
import { getCategory } from '../../content/categories';
import { tf, ui } from '../../i18n/zh-CN';
import vocabulary from '../../../content/search-synonyms.json' with { type: 'json' };

// Queries and expected results come from the content: an article searched by its own title comes
// first, whatever the title says. Each test searches for a different article.
const all = articles();
const pick = (i: number): ContentArticle => all[i % all.length]!;
const startedFrom = (a: ContentArticle) => all.find((b) => b.id !== a.id)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hrefOf = (a: ContentArticle) => new RegExp(`^${escape(a.href)}`);

/**
 * A word of the search vocabulary (the form our articles use) that is in the titles of articles of
 * two or more categories, the rarest such word: a query whose results the category chips can narrow.
 */
function sharedWord(): string {
  const candidates = vocabulary.groups
    .map((group) => group[0]!)
    .map((word) => {
      const hits = all.filter((a) => a.data.title.toLowerCase().includes(word.toLowerCase()));
      return { word, hits: hits.length, categories: new Set(hits.map((a) => a.data.category)).size };
    })
    .filter((c) => c.categories >= 2)
    .sort((a, b) => a.hits - b.hits);
  if (!candidates[0]) throw new Error('No word of content/search-synonyms.json is in the titles of two categories');
  return candidates[0].word;
}

test('typing in the header shows results as you type, and Enter opens the chosen one', async ({ page }) => {
  const wanted = pick(0);
  await page.goto(startedFrom(wanted).href);
  const field = page.getByRole('banner').getByRole('combobox', { name: ui['search.label'] });
  await page.getByRole('banner').getByRole('searchbox').click();
  await field.pressSequentially(wanted.data.title);
  const listbox = page.getByRole('listbox', { name: ui['search.results'] });
  await expect(listbox).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText(wanted.data.title);
  await expect(first).toContainText(getCategory(wanted.data.category).name);
  // Matched words are marked, whole words only.
  const marks = await first.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect([...m].length).toBeGreaterThanOrEqual(2);

  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escape(wanted.href)}\\?highlight=`));
  // The article marks the searched words, and only whole terms.
  const articleMarks = page.locator('article mark');
  await expect(articleMarks.first()).toBeVisible();
  for (const m of await articleMarks.allTextContents()) expect([...m].length).toBeGreaterThanOrEqual(2);
  await expect(page.locator('nav mark, [hidden] mark')).toHaveCount(0);
});

test('a field focused and typed in before the page script has run still shows results', async ({ page }) => {
  // On a slow phone the reader can tap the field and type while the page's script is still on its
  // way; the search code then loads when the script runs, not only on the next focus.
  const wanted = pick(3);
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(startedFrom(wanted).href, { waitUntil: 'commit' });
  const field = page.getByRole('banner').getByRole('searchbox');
  await field.click();
  await field.pressSequentially(wanted.data.title);
  // Nothing has enhanced the field yet: it is still a plain search box.
  await expect(page.getByRole('banner').getByRole('combobox')).toHaveCount(0);
  release();
  const listbox = page.getByRole('listbox', { name: ui['search.results'] });
  await expect(listbox.getByRole('option').first()).toContainText(wanted.data.title);
});

test('with a stale result cards file, results still name and open each article', async ({ page }) => {
  // Cards of another deploy: no page id matches. The index holds no display text, so a result
  // whose card is missing falls back on its fragment.
  const wanted = pick(6);
  await page.route('**/pagefind/result-cards.json', (route) => route.fulfill({ json: { shards: 1, cards: {} } }));
  await page.goto(startedFrom(wanted).href);
  const field = page.getByRole('banner').getByRole('combobox', { name: ui['search.label'] });
  await page.getByRole('banner').getByRole('searchbox').click();
  await field.pressSequentially(wanted.data.title);
  const first = page.getByRole('listbox', { name: ui['search.results'] }).getByRole('option').first();
  await expect(first).toContainText(wanted.data.title);
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escape(wanted.href)}\\?highlight=`));
});

test('keyboard only: / and Ctrl+K focus the field, arrows move, Escape closes, Enter without a choice goes to the search page', async ({
  page,
}) => {
  const wanted = pick(1);
  await page.goto(startedFrom(wanted).href);
  await page.keyboard.press('/');
  const field = page.getByRole('banner').getByRole('combobox');
  await expect(field).toBeFocused();
  const query = wanted.data.title;
  await page.keyboard.type(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText(query);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).not.toHaveAttribute('aria-activedescendant');
  await expect(field).toHaveValue(query);

  // Focus elsewhere, then Ctrl+K brings the reader back to the field.
  await page.locator('main').focus();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: query })}`);
  await searchDone(page);
  await expect(resultLinks(page).first()).toHaveAttribute('href', hrefOf(wanted));
});

test('category chips narrow the results and the choice is kept in the URL', async ({ page }) => {
  await page.goto(searchHref(sharedWord()));
  await searchDone(page);
  const all = await resultLinks(page).count();
  const filters = page.getByRole('group', { name: ui['search.filters'] });
  await expect(filters).toBeVisible();
  await expect(filters.getByRole('button', { name: new RegExp(ui['search.allCategories']) })).toHaveAttribute('aria-pressed', 'true');

  // The category with the fewest results, so narrowing shows.
  const chips = await filters
    .locator('button[data-category]:not([data-category=""]):visible')
    .evaluateAll((buttons) =>
      buttons.map((b) => ({ id: (b as HTMLElement).dataset['category']!, count: Number(b.querySelector('[data-count]')?.textContent) })),
    );
  expect(chips.length).toBeGreaterThanOrEqual(2);
  const chosen = getCategory(chips.sort((a, b) => a.count - b.count)[0]!.id);
  const chip = filters.locator(`button[data-category="${chosen.id}"]`);
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`category=${chosen.id}`));
  await searchDone(page);
  const narrowed = await resultLinks(page).count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(new RegExp(`^/${chosen.id}/`));
  }
  await expect(page.locator('#search-status')).toHaveText(tf('search.foundIn', { category: chosen.name, n: narrowed }));

  // Pressing it again shows every category again.
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(resultLinks(page)).toHaveCount(all);
  await expect(page).not.toHaveURL(/category=/);
});

test('/search/?q= shows results best first, with the query in the field; a new search is a new history entry, and Back restores the previous one', async ({
  page,
}) => {
  const [before, after] = [pick(3), pick(4)];
  await page.goto(searchHref(before.data.title));
  await searchDone(page);
  const field = page.getByRole('main').getByRole('searchbox');
  await expect(field).toHaveValue(before.data.title);
  await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${escape(before.href)}\\?highlight=`));
  await expect(page.locator('#search-status')).toHaveText(uiPattern('search.found'));
  await expect(page).toHaveTitle(new RegExp(`^${escape(before.data.title)} - `));
  // Excerpts come from the indexed text; its word breaks (word-breaks.ts) never show.
  const excerpts = await page.locator('#search-results > li p').allTextContents();
  expect(excerpts.filter((text) => /[\p{Script=Han}，。] [\p{Script=Han}，。]/u.test(text))).toEqual([]);

  // Typed and submitted at once: typing alone replaces the entry after a 250 ms pause, so a fill
  // and an Enter that a busy machine runs further apart than that would test the pause instead.
  await field.evaluate((input: HTMLInputElement, q) => {
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    input.form!.requestSubmit();
  }, after.data.title);
  await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: after.data.title })}`);
  await expect(resultLinks(page).first()).toHaveAttribute('href', hrefOf(after));

  await page.goBack();
  await expect(field).toHaveValue(before.data.title);
  await expect(resultLinks(page).first()).toHaveAttribute('href', hrefOf(before));
});

test('with no results the page suggests other words, popular articles and the official channels', async ({ page }) => {
  await page.goto('/search/?q=qwzxqwzx');
  await searchDone(page);
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toHaveText(tf('search.none', { q: 'qwzxqwzx' }));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: ui['search.suggestTitle'] })).toBeVisible();
  const suggestion = vocabulary.suggestions[0]!;
  await expect(main.getByRole('link', { name: suggestion, exact: true })).toHaveAttribute(
    'href',
    `/search/?${new URLSearchParams({ q: suggestion })}`,
  );
  await expect(main.getByRole('heading', { name: ui['search.popularTitle'] })).toBeVisible();
  const mostRead = popular();
  expect(mostRead.length).toBeGreaterThan(0);
  for (const a of mostRead) {
    const link = main.locator(`a[href="${a.href}"]`);
    await expect(link).toBeVisible();
    await expect(link).toContainText(a.data.title);
  }
  const help = page.getByRole('complementary', { name: ui['help.title'] });
  for (const phone of channels.phones.filter((p) => p.helpBox))
    await expect(help.getByRole('link', { name: `${phone.name} ${phone.number}`, exact: true })).toBeVisible();
});

test('query text is never treated as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  // A rare Han character keeps out the English articles a query in Latin letters is offered, so
  // the page finds nothing and echoes the whole query in its status line.
  const query = `${attack}䨻`;
  await page.goto(searchHref(query));
  await searchDone(page);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
  await expect(page.locator('#search-status')).toHaveText(tf('search.none', { q: query }));
  await expect(page.locator('main img')).toHaveCount(0);

  const target = pick(5);
  await page.goto(target.href);
  await page.getByRole('banner').getByRole('searchbox').click();
  await page.keyboard.type(`${attack} ${target.data.title}`);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect(page.locator('header img, [role="listbox"] img')).toHaveCount(0);
  // A crafted highlight link cannot inject markup into an article either.
  const word = target.data.title;
  const params = new URLSearchParams();
  for (const h of [attack, `<b>${word}</b>`, word]) params.append('highlight', h);
  await page.goto(`${target.href}?${params}`);
  await expect(page.locator('article mark').first()).toBeVisible();
  await expect(page.locator('article img, article b mark')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('article pages load no search code until the search field is focused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // An article without a checklist, so that only the search loader's scripts are on it.
  const plain = firstArticle('without a checklist', (a) => a.checklists.length === 0);
  await page.goto(plain.href, { waitUntil: 'networkidle' });
  // Only the small loader (and Vite's preload helper) before focus: no Pagefind, no search code.
  const searchCode = (paths: string[]) =>
    paths.filter((p) => p.startsWith('/pagefind/') || /search-(combobox|engine|highlight)|zh-CN/.test(p));
  expect(searchCode(requests)).toEqual([]);
  const scriptBytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
  );
  expect(scriptBytes).toBeLessThan(4000);

  await page.getByRole('banner').getByRole('searchbox').focus();
  await expect.poll(() => searchCode(requests).some((p) => p.includes('search-combobox'))).toBe(true);
  await page.keyboard.type(plain.data.title);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(requests).toContain('/pagefind/pagefind.js');
  // The header searches on the page itself: Pagefind's 12 KB worker script is not fetched.
  expect(requests.filter((p) => p.includes('worker'))).toEqual([]);
});

test('the search page searches in one worker of its own, off the main thread, with Pagefind inside it', async ({ page }) => {
  const workers: string[] = [];
  const requests: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(searchHref(firstArticle('any', () => true).data.title));
  await searchDone(page);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/^\/_astro\/search-worker[-.][\w-]+\.js$/);
  // Pagefind runs in that worker: its own worker script is never fetched.
  expect(requests).toContain('/pagefind/pagefind.js');
  expect(requests).not.toContain('/pagefind/pagefind-worker.js');
});
