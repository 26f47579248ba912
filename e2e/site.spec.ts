import { test, expect } from './fixtures';

test('home → category → article, then back up through the breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('search')).toBeVisible();
  // The categories appear in the order the data file gives.
  const headings = page.locator('#categories-title ~ div > section h3');
  await expect(headings).toHaveText(['开通钱包', '使用技巧', '账号恢复', '支付问题', '安全保障', '举报欺诈']);

  await page.getByRole('link', { name: '开通钱包', exact: true }).first().click();
  await expect(page).toHaveURL('/activation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开通钱包');

  await page.getByRole('main').getByRole('link', { name: /开通数字钱包失败怎么办/ }).click();
  await expect(page).toHaveURL('/activation/activation-failed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开通数字钱包失败怎么办');
  await expect(page.getByText(/更新于/)).toBeVisible();

  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs.getByRole('link')).toHaveText(['首页', '开通钱包']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('开通数字钱包失败怎么办');
  await crumbs.getByRole('link', { name: '开通钱包' }).click();
  await expect(page).toHaveURL('/activation/');
});

test('an article has a table of contents, related articles and the official channels', async ({ page }) => {
  await page.goto('/payments/payment-failed/');
  const toc = page.getByRole('navigation', { name: '本页内容' });
  const tocLinks = toc.getByRole('link');
  expect(await tocLinks.count()).toBeGreaterThanOrEqual(3);
  // Every table-of-contents entry points at a heading that exists.
  for (const href of await tocLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
  const related = page.getByRole('region', { name: '相关文章' });
  expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(1);
  const help = page.getByRole('complementary', { name: '还需要帮助？' });
  await expect(help.getByRole('link', { name: /95017/ })).toHaveAttribute('href', 'tel:95017');
});

test('previous and next stay within the category', async ({ page }) => {
  await page.goto('/activation/activation-failed/');
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL('/activation/identity-info/');
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL('/activation/activation-failed/');
});

test('an unknown address gets the 404 page with search and the categories', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: '举报欺诈' })).toHaveAttribute('href', '/fraud/');
});

test('the footer says this is not an official service', async ({ page }) => {
  await page.goto('/tips/');
  await expect(page.getByRole('contentinfo')).toContainText('不是腾讯或微信支付的官方服务');
});

for (const path of ['/', '/activation/', '/account/frozen-account/', '/fraud/common-scams/', '/checklists/', '/no-such-page/']) {
  test(`no horizontal scrolling at 360 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
}
