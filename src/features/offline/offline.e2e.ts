import { test, expect } from '../../../e2e/fixtures';

test('after one visit the site keeps working offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker takes control once it has activated; a reload puts this page under it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.goto('/fraud/common-scams/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('识别常见支付骗局');
  await page.goto('/account/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('账号恢复');

  // Search works from the cached index: the search page and the header field.
  await page.goto(`/search/?q=${encodeURIComponent('银行卡绑不上')}`);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', /^\/activation\/bank-card\//);
  await page.goto('/tips/');
  await page.locator('header input[name="q"]').fill('手机丢了');
  await expect(page.getByRole('option').first()).toContainText('手机丢失');

  // A page that was never built cannot be cached: the offline page says so.
  await page.goto('/never-built/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
});
