/**
 * Accessibility: axe (WCAG 2.2 A/AA and best practices) on one page of every template, each in the
 * light and dark themes and in 长辈模式 (both themes), at a 360 px phone width; reflow at 200 % zoom
 * on every page in the sitemap; the skip link, visible focus and reduced motion.
 *
 * The pages are chosen by structure from the content and the sitemap (the first article with a
 * checklist, a flow's first question…), so rewording or adding an article changes nothing here.
 * The English section's templates (/en/…) are in the same list.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { searchDone, searchHref } from './search-page';
import { sitemapPaths } from '../tools/dist';
import { articles, categories, enFlows, firstArticle, flows } from '../tools/content';
import { endHref, flowHref } from '../src/features/diagnose/flow-pages';
import { ui } from '../src/i18n/zh-CN';
import { URGENT_HREF } from '../src/features/urgent/urgent';
import { langOfPath, uiFor } from '../src/i18n/ui';
import { readLanguagePairs } from '../src/features/i18n/language-pairs';
import { splitFrontmatter } from '../src/content/lint/mdx-text';

const sitemap = sitemapPaths();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const withChecklist = firstArticle('with a checklist', (a) => a.checklists.length > 0);
const withoutChecklist = firstArticle('without a checklist', (a) => a.checklists.length === 0);
const flow = flows()[0]!;
// The richest result: one that sends the reader to an article and its checklist.
const [richEnd] = Object.entries(flow.ends).find(([, end]) => end.article && end.checklist) ?? Object.entries(flow.ends)[0]!;
// English: the article that has a Chinese version (it has the language link and a checklist).
const enArticle = readLanguagePairs().find((p) => p.en !== '/en/' && p.en !== '/en/urgent/')!.en;
const enArticleTitle = String(
  splitFrontmatter(readFileSync(`content/en/articles/${enArticle.slice('/en/'.length, -1)}.mdx`, 'utf8')).frontmatter['title'],
);
const enFlow = enFlows()[0]!;
const [enEnd] = Object.entries(enFlow.ends).find(([, end]) => end.article && end.checklist) ?? Object.entries(enFlow.ends)[0]!;

/** One page per template; `inSitemap` pages must be listed there (proof that the choice is real). */
const TEMPLATES: { name: string; path: string; inSitemap: boolean; search?: boolean }[] = [
  { name: 'home', path: '/', inSitemap: true },
  { name: 'category', path: `/${categories[0]!.id}/`, inSitemap: true },
  { name: 'article with a checklist', path: withChecklist.href, inSitemap: true },
  { name: 'article without a checklist', path: withoutChecklist.href, inSitemap: true },
  { name: 'checklists', path: '/checklists/', inSitemap: true },
  { name: 'search with results', path: searchHref(withoutChecklist.data.title), inSitemap: false, search: true },
  { name: 'search without results', path: searchHref('qwzxqwzx'), inSitemap: false, search: true },
  { name: 'troubleshooter overview', path: '/diagnose/', inSitemap: true },
  { name: 'troubleshooter question', path: flowHref(flow.id), inSitemap: true },
  { name: 'troubleshooter result', path: endHref(flow.id, richEnd), inSitemap: true },
  { name: '404', path: '/no-such-page/', inSitemap: false },
  { name: 'offline', path: '/offline/', inSitemap: false },
  { name: 'urgent help', path: URGENT_HREF, inSitemap: true },
  { name: 'English home', path: '/en/', inSitemap: true },
  { name: 'English article', path: enArticle, inSitemap: true },
  { name: 'English urgent help', path: '/en/urgent/', inSitemap: true },
  { name: 'English search with results', path: `/en${searchHref(enArticleTitle)}`, inSitemap: false, search: true },
  { name: 'English troubleshooter question', path: flowHref(enFlow.id, 'en'), inSitemap: true },
  { name: 'English troubleshooter result', path: endHref(enFlow.id, enEnd, 'en'), inSitemap: true },
];

test('every template page chosen for axe exists', () => {
  for (const t of TEMPLATES.filter((t) => t.inSitemap)) expect(sitemap, t.name).toContain(t.path);
  expect(articles().length).toBeGreaterThanOrEqual(20);
});

/**
 * The dark theme and 长辈模式 change styles only (the colour scheme, a class on <html>), never the
 * markup, so the rules about structure, names and roles answer the same in every mode: they run
 * once, in the light theme, and the other modes run the rules whose answer depends on the styles.
 */
const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

async function violations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens a second page for every analysis to
  // merge results across frames, and these pages have no frames.
  const axe = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
  return violations.map(
    (v) =>
      `${label} ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

// One test per template, so the pages spread over the workers. One load per page: the colour
// scheme changes in place, and 长辈模式 is switched on with its own button, as a reader would.
for (const { name, path, search } of TEMPLATES) {
  test(`axe finds no violations on the ${name} page (${path}), light, dark and in 长辈模式`, async ({ page }) => {
    // Four axe runs on one page: more than the default 30 s on a busy 2-core machine.
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    const found: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (search) await searchDone(page);
    for (const large of [false, true]) {
      if (large) {
        await page.getByRole('button', { name: uiFor(langOfPath(path)).t('textSize.label') }).click();
        await expect(page.locator('html')).toHaveClass(/large-text/);
      }
      for (const scheme of large ? (['dark', 'light'] as const) : (['light', 'dark'] as const)) {
        await page.emulateMedia({ colorScheme: scheme });
        const all = !large && scheme === 'light';
        found.push(...(await violations(page, `${large ? '长辈模式 ' : ''}${scheme}`, all ? undefined : STYLE_RULES)));
      }
    }
    expect(found).toEqual([]);
  });
}

// Reflow is checked on every page; four tests share the sweep between the workers.
const reflowPages = [...sitemap, '/no-such-page/'];
const SHARES = 4;
for (let share = 0; share < SHARES; share++) {
  test(`at 200 % zoom (320 CSS px) no page scrolls sideways (${share + 1}/${SHARES})`, async ({ page }) => {
    const mine = reflowPages.filter((_, i) => i % SHARES === share);
    test.setTimeout(test.info().timeout + mine.length * 1_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
    }
    expect(wide).toEqual([]);
  });
}

test('the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
  await page.goto(withChecklist.href);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: ui['nav.skip'] });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // Big enough to see and to tap: a shown skip link keeps its padding.
  expect((await skip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

test('focus is visible on every link, button, field and checkbox the keyboard reaches', async ({ page }) => {
  // An article with a checklist has every kind of control: links, buttons, the search field, boxes.
  await page.goto(withChecklist.href);
  type Ring = { style: string; width: number; color: string };
  const problems: string[] = [];
  const kinds = new Set<string>();
  for (let i = 0; i < 80 && kinds.size < 4; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const ring = (el: Element) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
      };
      const w = window as unknown as { lastFocused?: Element };
      // The element focused before this Tab, now without focus: its ring must be gone.
      const previous =
        w.lastFocused && w.lastFocused !== document.activeElement
          ? { name: w.lastFocused.outerHTML.slice(0, 80), ring: ring(w.lastFocused) }
          : undefined;
      const el = document.activeElement;
      if (!el || el === document.body) return { previous };
      w.lastFocused = el;
      const kind =
        el instanceof HTMLAnchorElement
          ? 'link'
          : el instanceof HTMLButtonElement
            ? 'button'
            : el instanceof HTMLInputElement
              ? el.type === 'checkbox'
                ? 'checkbox'
                : 'field'
              : el.tagName.toLowerCase();
      return { previous, current: { kind, name: el.outerHTML.slice(0, 80), ring: ring(el) } };
    });
    const visible = (r: Ring) => r.style !== 'none' && r.width >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(r.color);
    if (seen.previous && visible(seen.previous.ring)) problems.push(`keeps its ring after losing focus: ${seen.previous.name}`);
    if (!seen.current) continue;
    if (!['link', 'button', 'field', 'checkbox'].includes(seen.current.kind)) continue;
    kinds.add(seen.current.kind);
    if (!visible(seen.current.ring)) problems.push(`no visible focus ring (${JSON.stringify(seen.current.ring)}): ${seen.current.name}`);
  }
  expect([...kinds].sort()).toEqual(['button', 'checkbox', 'field', 'link']);
  expect(problems).toEqual([]);
});

test('with reduced motion, transitions, animations and smooth scrolling are cut to nothing', async ({ page }) => {
  // The site has no motion of its own today; the override must hold for any it gets, on any
  // element. Give a link, a button and the page motion (inline CSSOM styles, which the CSP allows)
  // and read what the browser would run.
  const motion = () =>
    page.evaluate(() =>
      ['a[href]', 'button', 'input'].map((selector) => {
        const el = document.querySelector<HTMLElement>(selector)!;
        el.style.transition = 'color 2s';
        el.style.animation = 'help-test-spin 2s';
        document.documentElement.style.scrollBehavior = 'smooth';
        const s = getComputedStyle(el);
        return [
          parseFloat(s.transitionDuration),
          parseFloat(s.animationDuration),
          getComputedStyle(document.documentElement).scrollBehavior,
        ];
      }),
    );
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(withChecklist.href);
  // Without the preference the motion stays, so the check below is not vacuous.
  expect(await motion()).toEqual([
    [2, 2, 'smooth'],
    [2, 2, 'smooth'],
    [2, 2, 'smooth'],
  ]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [transition, animation, scroll] of await motion()) {
    expect(transition).toBeLessThan(0.001);
    expect(animation).toBeLessThan(0.001);
    expect(scroll).toBe('auto');
  }
});
