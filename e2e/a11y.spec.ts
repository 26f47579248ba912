/**
 * Accessibility: axe (WCAG 2.2 A/AA and best practices) on one page of every template, each in the
 * light and dark themes and in 长辈模式 (both themes), at a 360 px phone width; reflow at 200 % zoom
 * on every page in the sitemap; the skip link, visible focus and reduced motion.
 *
 * The pages are chosen by structure from the content and the sitemap (the first article with a
 * checklist, a flow's first question…), so rewording or adding an article changes nothing here.
 * The English section's pages are the Chinese pages' components with English text: the list holds
 * the two whose parts differ (an article, with its language link and English checklist, and search
 * results, with English ranking and offers). The other twins (home, urgent help, troubleshooter)
 * differ from their Chinese pages only in text, which html-validate checks on every built page
 * (names of links and buttons, headings, image text: tests/dist/html-validate.test.ts) with each
 * page's language (tests/dist/english.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { searchDone, searchHref } from './search-page';
import { sitemapPaths } from '../tools/dist';
import { articles, categories, firstArticle, flows } from '../tools/content';
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
  { name: 'English article', path: enArticle, inSitemap: true },
  { name: 'English search with results', path: `/en${searchHref(enArticleTitle)}`, inSitemap: false, search: true },
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
        found.push(...(await axeViolations(page, `${large ? '长辈模式 ' : ''}${scheme}`, all ? { tags: TAGS } : { rules: STYLE_RULES })));
      }
    }
    // Reflow with scripts on, in 长辈模式 (the largest text): the frames of the sweep below run none.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) found.push(`长辈模式 at 320 px: ${overflow}px too wide`);
    expect(found).toEqual([]);
  });
}

// The axe runner can fail: a button without a name is reported.
test('the axe runner reports a violation planted in the page', async ({ page }) => {
  await page.goto('/offline/');
  expect(await axeViolations(page, 'clean', { rules: ['button-name'] })).toEqual([]);
  await page.evaluate(() => document.body.append(document.createElement('button')));
  expect(await axeViolations(page, 'planted', { rules: ['button-name'] })).toHaveLength(1);
});

/**
 * Reflow at 200 % zoom (320 CSS px wide) on every page of the sitemap. Each page loads in a 320 px
 * frame of one host page, a few at a time: a frame's width is its viewport, so its media queries
 * and layout are those of a 320 px screen, and the frames skip a navigation's round trips through
 * the test runner. The frames run no scripts (`sandbox`), as a reader without JavaScript sees the
 * pages: scripts made the sweep three times slower, and what they add (the checklist's buttons, the 长辈模式
 * button, the header's search list) is checked at 320 px with scripts on, once per template, in the
 * axe tests above.
 */
const FRAMES_AT_ONCE = 6;

/**
 * A page at a 360 px phone size to host the frames, in a context of its own: the browser logs every
 * script a sandboxed frame refuses to run, which the fixture's page would count as errors.
 */
async function framesHost(browser: Browser, baseURL: string | undefined): Promise<Page> {
  if (!baseURL) throw new Error('playwright.config.ts sets baseURL');
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto('/offline/');
  return page;
}

/** "path: N px too wide" for each page that scrolls sideways in a `width` px frame. */
async function sidewaysScroll(host: Page, paths: string[], width: number): Promise<string[]> {
  return host.evaluate(
    async ({ paths, width, atOnce }) => {
      document.body.replaceChildren();
      const wide: string[] = [];
      for (let i = 0; i < paths.length; i += atOnce) {
        const frames = paths.slice(i, i + atOnce).map((path) => {
          const frame = document.createElement('iframe');
          frame.sandbox.add('allow-same-origin');
          frame.style.cssText = `width:${width}px;height:640px;border:0;display:block`;
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          frame.src = path;
          document.body.append(frame);
          return { path, frame, loaded };
        });
        for (const { path, frame, loaded } of frames) {
          await loaded;
          const root = frame.contentDocument!.documentElement;
          if (root.clientWidth !== width) wide.push(`${path}: the frame is ${root.clientWidth}px wide, not ${width}px`);
          const overflow = root.scrollWidth - root.clientWidth;
          if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
          frame.remove();
        }
      }
      return wide;
    },
    { paths, width, atOnce: FRAMES_AT_ONCE },
  );
}

test('at 200 % zoom (320 CSS px) no page scrolls sideways', async ({ browser, baseURL }) => {
  test.slow();
  const host = await framesHost(browser, baseURL);
  // The 404 page too (its address answers 404; a frame shows the page all the same).
  expect(await sidewaysScroll(host, [...sitemap, '/no-such-page/'], 320)).toEqual([]);
  await host.context().close();
});

test('the sideways-scroll check finds a page wider than its frame', async ({ browser, baseURL }) => {
  const host = await framesHost(browser, baseURL);
  const page = (width: number) => `<!doctype html><title>t</title><body style="margin:0"><div style="width:${width}px">text</div>`;
  await host
    .context()
    .route('**/reflow-test/*/', (route) =>
      route.fulfill({ contentType: 'text/html', body: page(Number(route.request().url().split('/').at(-2))) }),
    );
  expect(await sidewaysScroll(host, ['/reflow-test/300/', '/reflow-test/400/'], 320)).toEqual(['/reflow-test/400/: 80px too wide']);
  await host.context().close();
});

// Three checks on the same article page, in one test: each used to start a page of its own.
test('on an article: the first Tab reaches a skip link, focus is visible on every kind of control, reduced motion cuts all motion', async ({
  page,
}) => {
  await test.step('the first Tab reaches a visible skip link that moves focus to the content', async () => {
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

  await test.step('focus is visible on every link, button, field and checkbox the keyboard reaches', async () => {
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

  await test.step('with reduced motion, transitions, animations and smooth scrolling are cut to nothing', async () => {
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
});
