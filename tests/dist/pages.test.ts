/**
 * What the built pages hold, read as a DOM without a browser: an article's table of contents,
 * related articles and official channels, previous and next within a category, the footer's
 * not-official note on every page, the 404 page, and the 长辈模式 switch staying hidden without
 * JavaScript. Pages and words come from the content and the strings files, chosen by structure.
 * The browser tests (e2e/site.spec.ts) walk the same pages by clicking.
 */
import { expect, test } from 'vitest';
import { articlesOf, categories, firstArticle, type ContentArticle } from '../../tools/content';
import { channels } from '../../src/content/channels';
import { ui } from '../../src/i18n/zh-CN';
import { langOfPath, uiFor } from '../../src/i18n/ui';
import { documentOf, linksNamed, nameOf, regionNamed, sitemapPaths } from '../../tools/dist';

const category = categories.find((c) => articlesOf(c.id).length >= 2)!;
const inCategory = articlesOf(category.id);

test('an article has a table of contents, related articles and the official channels', () => {
  // The table of contents appears from three sections on, and every entry points at a heading.
  const long = firstArticle('with three sections', (a) => a.sections.length >= 3);
  const doc = documentOf(long.href);
  const toc = regionNamed(doc, ui['article.toc']);
  const hrefs = [...(toc?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!);
  expect(hrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of hrefs) expect(doc.getElementById(decodeURIComponent(href.slice(1))), href).not.toBeNull();
  expect(regionNamed(doc, ui['article.related'])?.querySelectorAll('a').length).toBeGreaterThanOrEqual(1);
  const help = regionNamed(doc, ui['help.title'])!;
  const phones = channels.phones.filter((p) => p.helpBox);
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) {
    expect(linksNamed(help, `${phone.name} ${phone.number}`).map((a) => a.getAttribute('href'))).toEqual([`tel:${phone.number}`]);
  }
});

test('previous and next link the articles of a category in order, and stop at its ends', () => {
  const links = (a: ContentArticle) => {
    const doc = documentOf(a.href);
    return {
      prev: doc.querySelector('a[rel="prev"]')?.getAttribute('href'),
      next: doc.querySelector('a[rel="next"]')?.getAttribute('href'),
    };
  };
  inCategory.forEach((a, i) => {
    expect(links(a), a.href).toEqual({ prev: inCategory[i - 1]?.href, next: inCategory[i + 1]?.href });
  });
});

test('every page says in its footer that this is not an official service', () => {
  const missing = sitemapPaths().filter((path) => {
    // The page's footer (contentinfo): a <footer> outside the main content.
    const footer = [...documentOf(path).querySelectorAll('footer')].find((f) => !f.closest('main, article, section, aside, nav'));
    return !footer?.textContent?.includes(uiFor(langOfPath(path)).t('site.independent'));
  });
  expect(missing).toEqual([]);
});

test('the 404 page offers search and every category', () => {
  const doc = documentOf('/404.html');
  expect(nameOf(doc.querySelector('h1')!)).toBe(ui['notFound.title']);
  const main = doc.querySelector('main')!;
  expect(main.querySelector('form[role="search"] input[name="q"]')).not.toBeNull();
  for (const c of categories)
    expect(
      linksNamed(main, c.name).map((a) => a.getAttribute('href')),
      c.name,
    ).toContain(`/${c.id}/`);
});

test('without JavaScript the 长辈模式 switch is not offered (browser zoom still works)', () => {
  // The button is shown by its script; the HTML has it hidden on every page.
  const shown = sitemapPaths().filter((path) => {
    const button = documentOf(path).querySelector('text-size-toggle button');
    return !button || !button.hasAttribute('hidden');
  });
  expect(shown).toEqual([]);
});
