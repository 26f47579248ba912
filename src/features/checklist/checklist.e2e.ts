import { chromium, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from '../../../e2e/fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../tools/browser';
import { checklists } from '../../../tools/content';
import { tf, ui } from '../../i18n/zh-CN';

// The checklist under test and what it says come from the content (through the build step itself,
// tools/content.ts): the first checklist on the site with at least four items.
const found = checklists().find(({ list }) => list.items.length >= 4);
if (!found) throw new Error('The tests need a checklist with at least four items');
const ARTICLE = found.article.href;
const ARTICLE_TITLE = found.article.data.title;
const LIST = found.list.id;
const LIST_TITLE = found.list.title;
const ITEMS = found.list.items.map((item) => item.text);
const TOTAL = ITEMS.length;
const LAST = TOTAL - 1;
// Article text that is not part of the list: a section heading, for the printing tests.
const SECTION = found.article.sections.find((h) => ![found.list.title, ...ITEMS].some((t) => t.includes(h)));
if (!SECTION) throw new Error(`${ARTICLE}: the printing tests need a section heading outside the checklist`);

const none = (total = TOTAL) => tf('checklist.progressNone', { total });
const progressOf = (n: number, total = TOTAL) => tf('checklist.progress', { done: n, total });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checklist = (page: Page, id = LIST) => page.locator(`help-checklist#${id}`);
const box = (page: Page, name: string) => checklist(page).getByRole('checkbox', { name, exact: true });
const progress = (page: Page, id = LIST) => checklist(page, id).locator('[data-progress]');

/** The text of a PDF, without spaces; NFKC folds the Kangxi radicals CJK fonts map some glyphs to. */
async function pdfText(page: Page): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.normalize('NFKC').replace(/\s+/g, '');
}
/** How often the page called print() (recorded by the stub the printing tests install). */
const printed = (page: Page) => page.evaluate(() => (window as Window & { printed?: number }).printed ?? 0);

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/**
 * What a sentence looks like in PDF text. Noto CJK shares a glyph between some characters and their
 * CJK Radicals Supplement forms (马 and ⻢, 页 and ⻚), and Chromium's PDF names that glyph by the
 * radical, which NFKC does not fold back: so any Han character may come out as a radical.
 */
const inPdf = (s: string) =>
  new RegExp([...squash(s)].map((c) => (/\p{Script=Han}/u.test(c) ? `[${c}\u2E80-\u2EFF]` : escape(c))).join(''), 'u');

test('ticks survive a reload, and the list says how far along the reader is', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(progress(page)).toHaveText(none());
  await expect(progress(page)).toHaveAttribute('aria-live', 'polite');
  await box(page, ITEMS[0]!).check();
  await checklist(page).getByText(ITEMS[2]!, { exact: true }).click(); // the label is the tap target
  await expect(progress(page)).toHaveText(progressOf(2));

  await page.reload();
  await expect(box(page, ITEMS[0]!)).toBeChecked();
  await expect(box(page, ITEMS[1]!)).not.toBeChecked();
  await expect(box(page, ITEMS[2]!)).toBeChecked();
  await expect(progress(page)).toHaveText(progressOf(2));
  await expect(checklist(page).locator('[data-storage-note]')).toBeHidden();
});

test('two open tabs stay in step', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto(ARTICLE);
  await other.goto(ARTICLE);
  await box(page, ITEMS[3]!).check();
  await expect(box(other, ITEMS[3]!)).toBeChecked();
  await expect(progress(other)).toHaveText(progressOf(1));
  await box(other, ITEMS[3]!).uncheck();
  await expect(box(page, ITEMS[3]!)).not.toBeChecked();
  await expect(progress(page)).toHaveText(none());
});

test('/checklists/ shows the reader\u2019s progress and follows changes made in another tab', async ({ page, context }) => {
  await page.goto(ARTICLE);
  await box(page, ITEMS[0]!).check();
  await page.getByRole('contentinfo').getByRole('link', { name: ui['checklists.link'] }).click();
  await expect(page).toHaveURL('/checklists/');
  const summary = page.locator(`[data-checklist-id="${LIST}"]`);
  // Each done step carries a visually hidden “（已完成）” for screen readers; it is `hidden` otherwise.
  const done = (n: number) => summary.getByRole('listitem').nth(n).getByText(ui['checklist.itemDone']);
  await expect(summary.locator('[data-progress]')).toHaveText(progressOf(1));
  await expect(done(0)).toBeVisible();
  await expect(done(1)).toBeHidden();
  await expect(summary.locator('li[data-done]')).toHaveCount(1);

  const other = await context.newPage();
  await other.goto(ARTICLE);
  await box(other, ITEMS[0]!).uncheck();
  await box(other, ITEMS[1]!).check();
  await expect(done(1)).toBeVisible();
  await expect(done(0)).toBeHidden();
  await expect(summary.locator('[data-progress]')).toHaveText(progressOf(1));
});

test('a page restored from the back-forward cache shows ticks changed meanwhile', async ({ baseURL }) => {
  // Its own browser and two tabs: more than the default limit on a busy 2-core machine.
  test.slow();
  // Playwright turns the back-forward cache off by default; this test needs a browser with it on.
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    ...(executablePath ? { executablePath } : {}),
  });
  const errors: string[] = [];
  try {
    // No service worker: its first activation would evict the page from the cache, which is not
    // what this test is about.
    const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await page.addInitScript(() => {
      addEventListener('pageshow', (event) => {
        if (event.persisted) document.documentElement.dataset['fromCache'] = 'yes';
      });
      // Chromium also delivers the storage events a cached page missed; swallow them, so this test
      // shows the page re-reading on pageshow (what browsers that drop those events rely on).
      addEventListener('storage', (event) => event.stopImmediatePropagation());
    });
    await page.goto(ARTICLE);
    await box(page, ITEMS[0]!).check();
    await page.goto('/checklists/');
    const storageNow = () => page.evaluate(() => JSON.stringify({ ...localStorage }));

    const other = await context.newPage();
    await other.goto(ARTICLE);
    await box(other, ITEMS[0]!).uncheck();
    await box(other, ITEMS[LAST]!).check();
    const after = await other.evaluate(() => JSON.stringify({ ...localStorage }));
    await other.close();
    // Storage reaches another renderer process a moment later; under load, wait until the process
    // holding the cached page has it, or the test would race the browser instead of the page.
    await expect.poll(storageNow).toBe(after);

    // A page from the cache sends no load event, so wait only for the navigation itself.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-from-cache', 'yes');
    await expect(box(page, ITEMS[0]!)).not.toBeChecked();
    await expect(box(page, ITEMS[LAST]!)).toBeChecked();
    await expect(progress(page)).toHaveText(progressOf(1));
  } finally {
    await browser.close();
  }
  expect(errors).toEqual([]);
});

test('reset asks first and clears only when the reader confirms', async ({ page }) => {
  await page.goto(ARTICLE);
  await box(page, ITEMS[0]!).check();
  await box(page, ITEMS[1]!).check();
  const dialog = page.getByRole('dialog', { name: '清除这份清单的全部勾选？' });

  await checklist(page).getByRole('button', { name: '重新开始' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(progress(page)).toHaveText(progressOf(2));

  await checklist(page).getByRole('button', { name: '重新开始' }).click();
  await dialog.getByRole('button', { name: '清除勾选' }).click();
  await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(checklist(page).locator('[data-status]')).toHaveText('已清除全部勾选。');
  await page.reload();
  await expect(checklist(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto(ARTICLE);
  // Tab from the top of the page until the first box has focus.
  for (let i = 0; i < 40 && !(await box(page, ITEMS[0]!).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box(page, ITEMS[0]!)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(box(page, ITEMS[1]!)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(progress(page)).toHaveText(progressOf(2));

  for (let i = 2; i < ITEMS.length; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(checklist(page).getByRole('button', { name: '打印清单' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const reset = checklist(page).getByRole('button', { name: '重新开始' });
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  // The safe answer has focus; Escape leaves everything as it was.
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(progress(page)).toHaveText(progressOf(2));

  await page.keyboard.press('Enter');
  // Opened again at once: the safe answer has focus again, as the reader sees it.
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: '清除勾选' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(none());
});

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    // Record print() instead of opening the print dialog. page.pdf() sends beforeprint and afterprint
    // itself; the tests also send afterprint, so they do not depend on that.
    await page.addInitScript(() => {
      window.print = () => {
        const stub = window as Window & { printed?: number };
        stub.printed = (stub.printed ?? 0) + 1;
      };
    });
  });

  test('打印清单 prints that checklist alone, with the ticks or blank', async ({ page }) => {
    // A PDF rendered and read back: more than the default limit on a busy 2-core machine.
    test.slow();
    await page.goto(ARTICLE);
    await box(page, ITEMS[0]!).check();
    await box(page, ITEMS[LAST]!).check();
    await checklist(page).getByRole('button', { name: '打印清单' }).click();
    await page.getByRole('dialog', { name: '打印哪一种？' }).getByRole('button', { name: '带上我的勾选' }).click();
    // The dialog's close event comes a moment after the click.
    await expect.poll(() => printed(page)).toBe(1);

    const ticked = await pdfText(page);
    const source = tf('checklist.source', { site: ui['site.name'], article: ARTICLE_TITLE });
    expect(ticked).toMatch(inPdf(LIST_TITLE));
    for (const item of ITEMS) expect(ticked).toMatch(inPdf(item));
    expect(ticked).toContain(`${ARTICLE}`);
    expect(ticked).toMatch(inPdf(source));
    expect(ticked).toMatch(inPdf(ui['checklist.printDate']));
    expect(ticked).toMatch(inPdf(ui['checklist.printNotes']));
    expect(ticked.match(/✓/g)).toHaveLength(2);
    // No site navigation, article text or buttons (unless the list itself says the same words).
    const listText = squash([LIST_TITLE, ...ITEMS, source].join(''));
    for (const absent of ['全部分类', '当前位置', '本页内容', SECTION, '相关文章', '还需要帮助', '打印清单', '重新开始', '搜索']) {
      if (!listText.includes(squash(absent))) expect(ticked, absent).not.toMatch(inPdf(absent));
    }

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await checklist(page).getByRole('button', { name: '打印清单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '打印空白清单' }).click();
    await expect.poll(() => printed(page)).toBe(2);
    // The blank copy read in print media rather than from a second PDF (the first one proved the
    // printed text): every item there, every box empty though two are ticked, the contents hidden.
    await page.emulateMedia({ media: 'print' });
    for (const item of ITEMS) await expect(checklist(page).getByText(item, { exact: true })).toBeVisible();
    const marks = await checklist(page)
      .locator('.checklist-box')
      .evaluateAll((boxes) => boxes.map((b) => getComputedStyle(b, '::after').content));
    expect(marks).toEqual(ITEMS.map(() => 'none'));
    await expect(page.getByRole('navigation', { name: '本页内容' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // After printing, the page prints whole again (from the browser's own menu): read in print
    // media rather than a third PDF, the article's sections are there and the site's navigation not.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: SECTION })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '全部分类' })).toBeHidden();
  });

  test('/checklists/ prints every checklist, with the reader\u2019s ticks', async ({ page }) => {
    // One PDF of every checklist: the blank choice is the same dialog, shown on an article above.
    test.slow();
    await page.goto(ARTICLE);
    await box(page, ITEMS[0]!).check();
    await page.goto('/checklists/');
    await page.getByRole('button', { name: '打印全部清单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '带上我的勾选' }).click();
    await expect.poll(() => printed(page)).toBe(1);
    const text = await pdfText(page);
    expect(text.match(/✓/g)).toHaveLength(1);
    for (const { list } of checklists()) expect(text).toMatch(inPdf(list.title));
    expect(text).not.toMatch(inPdf('全部分类'));
    expect(text).not.toMatch(inPdf('打印全部清单'));
  });
});

test.describe('复制给帮你的人', () => {
  test('copies a plain summary of the list, with no personal data', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(ARTICLE);
    await box(page, ITEMS[0]!).check();
    await box(page, ITEMS[1]!).check();
    await checklist(page).getByRole('button', { name: '复制给帮你的人' }).click();
    await expect(checklist(page).locator('[data-status]')).toHaveText(ui['checklist.copied']);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toBe(tf('checklist.summaryHeading', { title: LIST_TITLE, done: 2, total: TOTAL }));
    expect(lines.slice(1, 1 + TOTAL)).toEqual(
      ITEMS.map((item, i) => `${i + 1}. ${ui[i < 2 ? 'checklist.summaryDone' : 'checklist.summaryTodo']}${item}`),
    );
    expect(lines.at(-2)).toBe(tf('checklist.source', { site: ui['site.name'], article: ARTICLE_TITLE }));
    expect(new URL(lines.at(-1)!).pathname).toBe(ARTICLE);
    expect(lines).toHaveLength(TOTAL + 4);
  });

  test('shows the text to copy by hand where the clipboard is unavailable', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(ARTICLE);
    await box(page, ITEMS[LAST]!).check();
    await checklist(page).getByRole('button', { name: '复制给帮你的人' }).click();
    const textarea = checklist(page).getByRole('textbox', { name: '要发给帮你的人的文字' });
    await expect(textarea).toBeVisible();
    await expect(textarea).toBeFocused();
    await expect(textarea).toHaveValue(
      new RegExp(`^${escape(tf('checklist.summaryHeading', { title: LIST_TITLE, done: 1, total: TOTAL }))}\n`),
    );
    await expect(textarea).toHaveValue(new RegExp(escape(`${TOTAL}. ${ui['checklist.summaryDone']}${ITEMS[LAST]}`)));
    expect(await textarea.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
      await textarea.evaluate((el: HTMLTextAreaElement) => el.value.length),
    );
    await expect(checklist(page).locator('[data-status]')).toContainText('这个浏览器不能自动复制');
  });
});

test('when the buttons\u2019 code cannot load, the list says so, keeps its ticks, and a later tap tries again', async ({ context }) => {
  // A page of its own: the failed request is logged to the console, which the fixture's page counts as an error.
  const page = await context.newPage();
  let offline = true;
  await page.route('**/_astro/checklist-actions*.js', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(ARTICLE);
  await box(page, ITEMS[0]!).check();
  await checklist(page).getByRole('button', { name: '复制给帮你的人' }).click();
  await expect(checklist(page).locator('[data-status]')).toHaveText(ui['checklist.actionFailed']);
  await expect(box(page, ITEMS[0]!)).toBeChecked();
  await expect(progress(page)).toHaveText(progressOf(1));
  offline = false;
  await checklist(page).getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByRole('dialog', { name: ui['checklist.resetTitle'] })).toBeVisible();
});

test.describe('when storage fails', () => {
  // A checklist in another article, whose ticks must not suffer from this one's storage.
  const other = checklists().find(({ article }) => article.href !== ARTICLE);
  if (!other) throw new Error('The tests need checklists in two articles');
  const OTHER = other.article.href;
  const OTHER_LIST = other.list.id;
  const OTHER_ONE = progressOf(1, other.list.items.length);

  test('corrupt saved data: that list starts afresh, the others keep their ticks', async ({ page }) => {
    await page.goto(OTHER);
    await checklist(page, OTHER_LIST).getByRole('checkbox').first().check();
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"ticked":['), `wallet-help:checklist:${LIST}`);
    await page.goto(ARTICLE);
    await expect(progress(page)).toHaveText(none());
    await box(page, ITEMS[0]!).check();
    await page.reload();
    await expect(box(page, ITEMS[0]!)).toBeChecked();
    await page.goto(OTHER);
    await expect(progress(page, OTHER_LIST)).toHaveText(OTHER_ONE);
  });

  test('a full quota: the list keeps working for the visit and says it cannot remember', async ({ page }) => {
    await page.goto(OTHER);
    await checklist(page, OTHER_LIST).getByRole('checkbox').first().check();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(ARTICLE);
    const note = checklist(page).getByText(ui['checklist.cannotRemember']);
    await expect(note).toBeHidden();
    await box(page, ITEMS[0]!).check();
    await expect(note).toBeVisible();
    await expect(box(page, ITEMS[0]!)).toBeChecked();
    await box(page, ITEMS[1]!).check();
    await expect(progress(page)).toHaveText(progressOf(2));
    // A storage event for the list must not wipe this visit's unsaved ticks.
    await page.evaluate((key) => window.dispatchEvent(new StorageEvent('storage', { key })), `wallet-help:checklist:${LIST}`);
    await expect(progress(page)).toHaveText(progressOf(2));
    await page.goto(OTHER);
    await expect(progress(page, OTHER_LIST)).toHaveText(OTHER_ONE);
  });

  test('blocked storage (private mode): the list works and says so from the start', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(ARTICLE);
    await expect(checklist(page).getByText(ui['checklist.cannotRemember'])).toBeVisible();
    await box(page, ITEMS[2]!).check();
    await expect(progress(page)).toHaveText(progressOf(1));
    await page.goto('/checklists/');
    await expect(page.getByText(ui['checklists.cannotRemember'])).toBeVisible();
  });
});
