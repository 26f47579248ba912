/**
 * Which pages exist in both languages: the home pages, the urgent-help pages, and each English
 * article whose frontmatter names its Chinese version (`zh`). Such a page links to its other
 * version, tells search engines about both (hreflang, with the Chinese page as x-default), and the
 * sitemap pairs them. Other pages have no equivalent and no language link.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleHref } from '../../content/articles.ts';
import { articleIdFromPath } from '../../content/article-ids.ts';
import { EN_ARTICLES_DIR } from '../../content/content-dirs.ts';
import { enArticleHref } from '../../content/en-articles.ts';
import { splitFrontmatter } from '../../content/lint/mdx-text.ts';
import { LANGS, localPath, type Lang } from '../../i18n/ui.ts';
import { URGENT_HREF } from '../urgent/urgent.ts';

/** One page in every language, by language: `{ 'zh-CN': '/', en: '/en/' }`. */
export type LanguagePair = Record<Lang, string>;

/** Pages at the same path in both languages. */
export const PAIRED_PATHS = ['/', URGENT_HREF] as const;

/** The pairs, from the English articles' ids (slugs) and `zh` fields. */
export function languagePairs(enArticles: readonly { id: string; zh?: string | undefined }[]): LanguagePair[] {
  return [
    ...PAIRED_PATHS.map((path) => ({ 'zh-CN': localPath('zh-CN', path), en: localPath('en', path) })),
    ...enArticles.flatMap((a) => (a.zh ? [{ 'zh-CN': articleHref(a.zh), en: enArticleHref(a.id) }] : [])),
  ];
}

/** The pair a page belongs to, or undefined when it has no version in the other language. */
export function pairOf(path: string, pairs: readonly LanguagePair[]): LanguagePair | undefined {
  return pairs.find((pair) => LANGS.some((lang) => pair[lang] === path));
}

/** hreflang alternates of a pair: every language, then x-default (the Chinese page). */
export function hreflangLinks(pair: LanguagePair, site: URL): { hreflang: string; href: string }[] {
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, href: new URL(pair[lang], site).href })),
    { hreflang: 'x-default', href: new URL(pair[LANGS[0]], site).href },
  ];
}

/**
 * The pairs as the content files give them, read directly so that astro.config.mjs (the sitemap)
 * and the pages use one source. The content collection has checked each `zh` by the time a page
 * renders; the sitemap is written after the pages.
 */
export function readLanguagePairs(enDir = EN_ARTICLES_DIR): LanguagePair[] {
  const articles = readdirSync(enDir)
    .flatMap((file) => {
      const id = articleIdFromPath(file);
      if (!id) return [];
      const zh = splitFrontmatter(readFileSync(join(enDir, file), 'utf8')).frontmatter['zh'];
      return [{ id, zh: typeof zh === 'string' ? zh : undefined }];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return languagePairs(articles);
}

let cache: LanguagePair[] | undefined;

/** `readLanguagePairs`, once per build. */
export function loadLanguagePairs(): LanguagePair[] {
  cache ??= readLanguagePairs();
  return cache;
}
