/**
 * schema.org data for search engines, as plain objects. Kept pure so the shapes are unit-tested;
 * `JsonLd.astro` serialises them. `lang` is the page's language tag (Chinese when left out).
 */
import { localPath, type Lang } from '../i18n/ui';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** BreadcrumbList for a trail whose last item is the current page (`pageUrl`). */
export function breadcrumbList(items: readonly Crumb[], pageUrl: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: new URL(item.href ?? pageUrl.pathname, pageUrl).href,
    })),
  };
}

/** A help article. */
export function techArticle(a: { title: string; description: string; updated: Date; url: URL; publisher: string; lang?: Lang }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.title,
    description: a.description,
    dateModified: a.updated.toISOString().slice(0, 10),
    inLanguage: a.lang ?? 'zh-CN',
    mainEntityOfPage: a.url.href,
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}

/**
 * HowTo for an article whose checklist is a sequence of things to do: the checklist's items are its
 * steps, each linking to the checklist on the page.
 */
export function howTo(a: { title: string; description: string; url: URL; checklist: { id: string; title: string; items: { id: string; text: string }[] }; lang?: Lang }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: a.lang === 'en' ? `${a.title}: ${a.checklist.title}` : `${a.title}：${a.checklist.title}`,
    description: a.description,
    inLanguage: a.lang ?? 'zh-CN',
    step: a.checklist.items.map((item, i) => ({
      '@type': 'HowToStep',
      position: i + 1,
      name: item.text,
      text: item.text,
      url: new URL(`#${a.checklist.id}`, a.url).href,
    })),
  };
}

/** The site itself, on the home page, with the search page as its search action. */
export function webSite(name: string, home: URL, lang: Lang = 'zh-CN') {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: home.href,
    inLanguage: lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL(localPath(lang, '/search/'), home).href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in the data can
 * close the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
