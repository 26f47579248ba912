import type { Page } from '@playwright/test';
import { test, expect } from '../../../e2e/fixtures';
import { fileForPath } from '../../../tools/dist';

/** Waits until the search page has finished a search (aria-busy is also "false" before it starts). */
async function searchDone(page: Page) {
  await expect(page.locator('#search-status')).not.toHaveText(/^$|正在搜索/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

const resultLinks = (page: Page) => page.locator('#search-results > li a');

test('typing in the header shows results as you type, and Enter opens the chosen one', async ({ page }) => {
  await page.goto('/tips/wallet-features/');
  const field = page.getByRole('banner').getByRole('combobox', { name: '搜索帮助文章' });
  await page.getByRole('banner').getByRole('searchbox').click();
  await field.pressSequentially('钱包开不了');
  const listbox = page.getByRole('listbox', { name: '搜索结果' });
  await expect(listbox).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText('开通数字钱包失败怎么办');
  await expect(first).toContainText('开通钱包');
  // Matched words are marked, whole words only.
  const marks = await first.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect([...m].length).toBeGreaterThanOrEqual(2);

  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/activation\/activation-failed\/\?highlight=/);
  // The article marks the searched words, and only whole terms.
  const articleMarks = page.locator('article mark');
  await expect(articleMarks.first()).toBeVisible();
  for (const m of await articleMarks.allTextContents()) expect([...m].length).toBeGreaterThanOrEqual(2);
  await expect(page.locator('nav mark, [hidden] mark')).toHaveCount(0);
});

test('keyboard only: / and Ctrl+K focus the field, arrows move, Escape closes, Enter without a choice goes to the search page', async ({ page }) => {
  await page.goto('/account/lost-phone/');
  await page.keyboard.press('/');
  const field = page.getByRole('banner').getByRole('combobox');
  await expect(field).toBeFocused();
  await page.keyboard.type('payment failed');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('微信支付失败怎么办');

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
  await expect(field).toHaveValue('payment failed');

  // Focus elsewhere, then Ctrl+K brings the reader back to the field.
  await page.locator('main').focus();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=payment+failed');
  await searchDone(page);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/payments\/payment-failed\//);
});

test('/search/?q= shows results in #search-results, best first, with the query in the field', async ({ page }) => {
  await page.goto('/search/?q=%E5%BF%98%E8%AE%B0%E6%94%AF%E4%BB%98%E5%AF%86%E7%A0%81');
  await searchDone(page);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('忘记支付密码');
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/security\/payment-password\/\?highlight=/);
  await expect(page.locator('#search-status')).toHaveText(/找到 \d+ 篇相关文章/);
  await expect(page).toHaveTitle(/^忘记支付密码 - /);
});

test('category chips narrow the results and the choice is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=%E5%86%BB%E7%BB%93');
  await searchDone(page);
  const all = await resultLinks(page).count();
  const filters = page.getByRole('group', { name: '按分类筛选' });
  await expect(filters).toBeVisible();
  await expect(filters.getByRole('button', { name: /全部分类/ })).toHaveAttribute('aria-pressed', 'true');

  const account = filters.getByRole('button', { name: /账号恢复/ });
  await account.click();
  await expect(account).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/category=account/);
  await searchDone(page);
  const narrowed = await resultLinks(page).count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/account\//);
  }
  await expect(page.locator('#search-status')).toHaveText(`在“账号恢复”里找到 ${narrowed} 篇相关文章`);

  // Pressing it again shows every category again.
  await account.click();
  await expect(account).toHaveAttribute('aria-pressed', 'false');
  await expect(resultLinks(page)).toHaveCount(all);
  await expect(page).not.toHaveURL(/category=/);
});

test('a new search is a new history entry; Back restores the previous query and its results', async ({ page }) => {
  await page.goto('/search/?q=%E4%BB%98%E6%AC%BE%E5%A4%B1%E8%B4%A5');
  await searchDone(page);
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('手机丢了');
  await field.press('Enter');
  await expect(page).toHaveURL(/q=%E6%89%8B%E6%9C%BA/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/account\/lost-phone\//);

  await page.goBack();
  await expect(field).toHaveValue('付款失败');
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/payments\/payment-failed\//);
});

test('with no results the page suggests other words, popular articles and the official channels', async ({ page }) => {
  await page.goto('/search/?q=qwzxqwzx');
  await searchDone(page);
  await expect(resultLinks(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toHaveText('没有找到和“qwzxqwzx”相关的文章。');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: '换个说法试试' })).toBeVisible();
  await expect(main.getByRole('link', { name: '付款失败' })).toHaveAttribute('href', '/search/?q=%E4%BB%98%E6%AC%BE%E5%A4%B1%E8%B4%A5');
  await expect(main.getByRole('heading', { name: '大家常看的文章' })).toBeVisible();
  await expect(main.getByRole('link', { name: /开通数字钱包失败怎么办/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '还需要帮助？' }).getByRole('link', { name: /95017/ })).toBeVisible();
});

test('query text is never treated as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
  await searchDone(page);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(attack);
  await expect(page.locator('#search-status')).toHaveText(`没有找到和“${attack}”相关的文章。`);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.goto('/fraud/common-scams/');
  await page.getByRole('banner').getByRole('searchbox').click();
  await page.keyboard.type(`${attack} 骗子`);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect(page.locator('header img, [role="listbox"] img')).toHaveCount(0);
  // A crafted highlight link cannot inject markup into an article either.
  await page.goto(`/fraud/common-scams/?highlight=${encodeURIComponent(attack)}&highlight=${encodeURIComponent('<b>骗子</b>')}&highlight=骗子`);
  await expect(page.locator('article mark').first()).toBeVisible();
  await expect(page.locator('article img, article b mark')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('article pages load no search code until the search field is focused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // An article without a checklist, so that only the search loader's scripts are on it.
  await page.goto('/security/payment-password/', { waitUntil: 'networkidle' });
  // Only the small loader (and Vite's preload helper) before focus: no Pagefind, no search code.
  const searchCode = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/') || /search-(combobox|engine|highlight)|zh-CN/.test(p));
  expect(searchCode(requests)).toEqual([]);
  const scriptBytes = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
  );
  expect(scriptBytes).toBeLessThan(4000);

  await page.getByRole('banner').getByRole('searchbox').focus();
  await expect.poll(() => searchCode(requests).some((p) => p.includes('search-combobox'))).toBe(true);
  await page.keyboard.type('安全');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(requests).toContain('/pagefind/pagefind.js');
  // Pagefind searches on the page itself: its 12 KB worker script is neither fetched nor deployed.
  expect(requests.filter((p) => p.includes('worker'))).toEqual([]);
  expect(fileForPath('/pagefind/pagefind-worker.js')).toBeUndefined();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to /search/?q=, which says search needs JavaScript and lists the categories', async ({ page }) => {
    await page.goto('/payments/');
    const field = page.getByRole('banner').getByRole('searchbox', { name: '搜索帮助文章' });
    await field.fill('付款失败');
    await field.press('Enter');
    await expect(page).toHaveURL('/search/?q=%E4%BB%98%E6%AC%BE%E5%A4%B1%E8%B4%A5');
    // Nothing that only works with JavaScript is shown, and no result pretends to be there.
    await expect(page.getByRole('group', { name: '按分类筛选' })).toBeHidden();
    await expect(page.getByRole('main').getByRole('heading', { name: '换个说法试试' })).toBeHidden();
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    // Chromium with JavaScript switched off by Playwright parses <noscript> but does not render it
    // (a browser with JavaScript really off does), so check its content rather than its visibility.
    const noscript = page.locator('main noscript');
    const parsed = {
      text: await noscript.evaluate((el) => el.textContent ?? ''),
      links: await noscript.locator('a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')])),
    };
    expect(parsed.text).toContain('搜索需要开启 JavaScript');
    expect(parsed.links).toEqual([
      ['开通钱包', '/activation/'],
      ['使用技巧', '/tips/'],
      ['账号恢复', '/account/'],
      ['支付问题', '/payments/'],
      ['安全保障', '/security/'],
      ['举报欺诈', '/fraud/'],
    ]);
  });
});
