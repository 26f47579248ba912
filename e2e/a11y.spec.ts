/**
 * Accessibility over every page in the sitemap: axe (WCAG 2.2 A/AA and best practices) in light and
 * dark themes at a 360 px phone width, reflow at 200 % zoom, the skip link, and reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { sitemapPaths } from '../tools/dist';

const pages = [...sitemapPaths(), '/no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

// One test per page, so the sweep spreads over the workers.
for (const path of pages) {
  test(`axe finds no violations on ${path}, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) {
        found.push(`${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('at 200 % zoom (320 CSS px) no page scrolls sideways', async ({ page }) => {
  test.setTimeout(pages.length * 1_500);
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});

test('the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
  await page.goto('/payments/payment-failed/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // Big enough to see and to tap: a shown skip link keeps its padding.
  expect((await skip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('with reduced motion, transitions are effectively off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page.evaluate(() => {
    const el = document.querySelector('button[type="submit"]')!;
    return parseFloat(getComputedStyle(el).transitionDuration);
  });
  expect(duration).toBeLessThan(0.001);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in 长辈模式 (${scheme})`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('help.textSize', 'large'));
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const path of ['/', '/payments/', '/payments/payment-failed/', '/fraud/after-being-scammed/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/large-text/);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) found.push(`${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
    expect(found).toEqual([]);
  });
}
