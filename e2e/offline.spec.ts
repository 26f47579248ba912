import { test, expect } from './fixtures';

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

  // A page that was never built cannot be cached: the offline page says so.
  await page.goto('/never-built/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
});
