/**
 * 长辈模式: larger text, remembered, applied before the first paint, and safe with broken storage.
 * Its layout at 320 px and its contrast in both themes are checked on every template with axe
 * (e2e/a11y.spec.ts).
 */
import { test, expect } from '../../../e2e/fixtures';

const bodyFontSize = (page: import('@playwright/test').Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.prose-article p')!).fontSize));

test('长辈模式 enlarges text to at least 20 px, is remembered, and applies before the first paint', async ({ page }) => {
  await page.goto('/payments/payment-failed/');
  const normal = await bodyFontSize(page);
  const toggle = page.getByRole('button', { name: /长辈模式/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(20);
  expect(await bodyFontSize(page)).toBeGreaterThan(normal);

  // On the next page the size is already large when the document is parsed, before any module runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as Window & { early?: boolean }).early = document.documentElement.classList.contains('large-text');
    });
  });
  await page.goto('/fraud/common-scams/');
  expect(await page.evaluate(() => (window as Window & { early?: boolean }).early)).toBe(true);
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(20);

  await page.getByRole('button', { name: /长辈模式/ }).click();
  await page.reload();
  expect(await bodyFontSize(page)).toBe(normal);
});

test('corrupt or unavailable storage leaves the page at normal size, and the switch still works', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('help.textSize', '{"broken":'));
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
  });
  await page.goto('/tips/');
  const toggle = page.getByRole('button', { name: /长辈模式/ });
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/large-text/);
});
