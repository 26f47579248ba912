/**
 * The urgent-help page: one tap from any page on a phone, complete without JavaScript, accessible
 * in every mode (e2e/a11y.spec.ts), linked from every page and there offline (tests/dist/urgent.test.ts).
 */
import { test, expect } from '../../../e2e/fixtures';
import { readFileSync } from 'node:fs';
import { sitemapPaths } from '../../../tools/dist';
import { channels } from '../../content/channels';
import { URGENT_HREF, urgentPhones } from './urgent';
import { langOfPath } from '../../i18n/ui';
import { t } from '../../i18n/zh-CN';

const numbers = urgentPhones(channels.phones).map((p) => p.number);

test('a phone-sized article page reaches the urgent page in one tap', async ({ page }) => {
  const article = sitemapPaths().find(
    (p) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/diagnose/') && langOfPath(p) === 'zh-CN',
  )!;
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(article);
  const link = page.locator(`header a[href="${URGENT_HREF}"]`);
  await expect(link).toBeInViewport();
  await link.tap();
  await expect(page).toHaveURL(URGENT_HREF);
  for (const n of numbers) {
    await expect(page.locator(`a[href="tel:${n}"]`).first(), `tel: link for ${n}`).toBeVisible();
  }
});

test.describe('a search that sounds like an emergency', () => {
  const vocabulary = JSON.parse(readFileSync('content/search-synonyms.json', 'utf8')) as { urgent: string[]; suggestions: string[] };
  const urgentQuery = vocabulary.urgent.find((w) => /\p{Script=Han}/u.test(w))!;
  const calmQuery = vocabulary.suggestions.find((s) => !vocabulary.urgent.some((w) => s.includes(w)))!;

  // Header, then search page, in one page: the search page reuses the cached engine and index.
  test('offers the urgent page first in the header results, above the results on the search page, and not for other queries', async ({
    page,
  }) => {
    await page.goto('/tips/');
    const field = page.locator('header input[name="q"]');
    await field.fill(urgentQuery);
    await expect(page.getByRole('option').first()).toHaveText(t('urgent.searchLink'));
    await field.press('ArrowDown');
    await field.press('Enter');
    await expect(page).toHaveURL(URGENT_HREF);

    await page.goto(`/search/?q=${encodeURIComponent(urgentQuery)}`);
    await expect(page.locator('#search-results')).not.toBeEmpty({ timeout: 20_000 });
    await expect(page.locator(`main a[href="${URGENT_HREF}"]`).first()).toBeVisible();
    await page.goto(`/search/?q=${encodeURIComponent(calmQuery)}`);
    await expect(page.locator('#search-results')).not.toBeEmpty({ timeout: 20_000 });
    await expect(page.locator('[data-urgent]')).toBeHidden();
  });
});
