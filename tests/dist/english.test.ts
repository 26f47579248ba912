/**
 * The English section in the built site, where no browser is needed: every page's language, the
 * language link and hreflang alternates between the pages that exist in both languages (and on no
 * other page), the sitemap's pairs, English structured data, the search page without JavaScript
 * and the offline precache. The browser tests are src/features/i18n/english.e2e.ts; axe runs on the
 * English templates in e2e/a11y.spec.ts. Expectations come from the content and the strings files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listArticleIds } from '../../src/content/article-ids';
import { enArticleHref } from '../../src/content/en-articles';
import { readLanguagePairs } from '../../src/features/i18n/language-pairs';
import { langOfPath, uiFor } from '../../src/i18n/ui';
import { DIST, attrs, htmlOf, sitemapPaths } from '../../tools/dist';

const pages = sitemapPaths();
const pairs = readLanguagePairs();
const enArticles = [...listArticleIds('content/en/articles')].map(enArticleHref);
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
const alternates = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]),
  );
/** The language links in a page's content: `<a hreflang>` with their href. */
const languageLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1]!,
    hreflang: m[2]!,
    lang: m[3]!,
    text: m[4]!,
  }));

test('the English section has a home page, a search page and at least 8 articles, all in the sitemap', () => {
  expect(enArticles.length).toBeGreaterThanOrEqual(8);
  expect(pages).toEqual(expect.arrayContaining(['/en/', '/en/urgent/', '/en/diagnose/', ...enArticles]));
  expect(htmlLang(htmlOf('/en/search/'))).toBe('en');
});

test('every page declares its language: en under /en/, zh-CN elsewhere', () => {
  const wrong = [...pages, '/en/search/', '/search/']
    .filter((path) => htmlLang(htmlOf(path)) !== langOfPath(path))
    .map((path) => `${path}: lang="${htmlLang(htmlOf(path))}"`);
  expect(wrong).toEqual([]);
});

describe('pages that exist in both languages', () => {
  test('include the home pages, the urgent-help pages and an article', () => {
    expect(pairs).toEqual(
      expect.arrayContaining([
        { 'zh-CN': '/', en: '/en/' },
        { 'zh-CN': '/urgent/', en: '/en/urgent/' },
      ]),
    );
    expect(pairs.some((p) => enArticles.includes(p.en))).toBe(true);
  });

  for (const pair of pairs) {
    test(`${pair['zh-CN']} and ${pair.en} link to each other, with hreflang alternates and the Chinese page as x-default`, () => {
      for (const [lang, other] of [
        ['zh-CN', 'en'],
        ['en', 'zh-CN'],
      ] as const) {
        const html = htmlOf(pair[lang]);
        expect(alternates(html), pair[lang]).toEqual({ 'zh-CN': pair['zh-CN'], en: pair.en, 'x-default': pair['zh-CN'] });
        // Named in its own language, so a reader who cannot read this page can read the link.
        expect(languageLinks(html), pair[lang]).toEqual([
          { href: pair[other], hreflang: other, lang: other, text: uiFor(other).t('lang.name') },
        ]);
      }
    });
  }

  test('are paired in the sitemap; no other page has alternates or a language link', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const pair of pairs) {
      const entry = sitemap.split('<url>').find((u) => new RegExp(`<loc>[^<]*${pair['zh-CN']}</loc>`).test(u))!;
      expect(entry, pair['zh-CN']).toMatch(new RegExp(`hreflang="en" href="[^"]*${pair.en}"`));
      expect(entry, pair['zh-CN']).toMatch(new RegExp(`hreflang="x-default" href="[^"]*${pair['zh-CN']}"`));
    }
    const paired = new Set(pairs.flatMap((p) => [p['zh-CN'], p.en]));
    const stray = [...pages, '/en/search/'].filter(
      (path) => !paired.has(path) && (Object.keys(alternates(htmlOf(path))).length > 0 || languageLinks(htmlOf(path)).length > 0),
    );
    expect(stray).toEqual([]);
  });
});

test('English articles carry English breadcrumbs and TechArticle data', () => {
  for (const path of enArticles) {
    const blocks = [...htmlOf(path).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    );
    expect(
      blocks.map((b) => b['@type']),
      path,
    ).toEqual(expect.arrayContaining(['BreadcrumbList', 'TechArticle']));
    expect(blocks.find((b) => b['@type'] === 'TechArticle')!['inLanguage'], path).toBe('en');
  }
});

test('an English checklist prints with English labels and names its English article as the source', () => {
  const { t, tf } = uiFor('en');
  for (const path of enArticles.filter((p) => htmlOf(p).includes('<help-checklist'))) {
    const html = htmlOf(path)
      .replace(/&#8220;|&ldquo;/g, '“')
      .replace(/&#8221;|&rdquo;/g, '”')
      .replace(/&#39;/g, "'");
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!;
    expect(html, path).toContain(tf('checklist.source', { article: title, site: t('site.name') }));
    expect(html, path).toContain(t('checklist.printDate'));
  }
  expect(enArticles.some((p) => htmlOf(p).includes('<help-checklist'))).toBe(true);
});

test('without JavaScript, /en/search/ explains itself and lists every English article', () => {
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(htmlOf('/en/search/'))?.[1] ?? '';
  expect(noscript).toContain(uiFor('en').t('search.noscript'));
  expect(attrs(noscript, 'a', 'href')).toEqual(expect.arrayContaining(enArticles));
});

test('the English search form submits to /en/search/; the Chinese one to /search/', () => {
  expect(attrs(htmlOf('/en/'), 'form', 'action')).toContain('/en/search/');
  expect(attrs(htmlOf('/en/'), 'form', 'action')).not.toContain('/search/');
  expect(attrs(htmlOf('/'), 'form', 'action')).toContain('/search/');
});

test('the offline worker precaches the English pages and the English index', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const path of ['/en/', '/en/urgent/', ...enArticles, '/en/pagefind/pagefind.js', '/en/pagefind/result-cards.json'])
    expect(sw, path).toContain(JSON.stringify(path));
});
