/**
 * schema.org data for search engines, as plain objects typed with schema-dts. Kept pure so the
 * shapes are unit-tested; `JsonLd.astro` serialises them. Only what search engines still read: an
 * article (TechArticle), its breadcrumb trail, and the site's name on the home page (Google's site
 * names); `lang` is the page's language tag (Chinese when left out). Google retired HowTo rich results in 2023 and the sitelinks search box in 2024, so an
 * article's checklist and the search page are not described.
 */
import type { BreadcrumbList, TechArticle, Thing, WebSite, WithContext } from 'schema-dts';
import { isoDay } from './format';
import type { Lang } from '../i18n/ui';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** BreadcrumbList for a trail whose last item is the current page (`pageUrl`). */
export function breadcrumbList(items: readonly Crumb[], pageUrl: URL): WithContext<BreadcrumbList> {
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
export function techArticle(a: {
  title: string;
  description: string;
  updated: Date;
  url: URL;
  publisher: string;
  lang?: Lang;
}): WithContext<TechArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.title,
    description: a.description,
    dateModified: isoDay(a.updated),
    inLanguage: a.lang ?? 'zh-CN',
    mainEntityOfPage: a.url.href,
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}

/** The site itself, on a home page: the name search engines show for it, in the page's language. */
export function webSite(name: string, home: URL, lang: Lang = 'zh-CN'): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: home.href,
    inLanguage: lang,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in the data can
 * close the script element early.
 */
export function jsonLdText(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
