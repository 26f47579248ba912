/**
 * Browser: the strings of i18n/on-demand/, loaded when browser code first needs them (see client.ts):
 * what the header's search results say, and a checklist's reset, print and copy. They stay out of
 * every page's HTML because most page views never use them; zh-CN.ts and en.ts include every key,
 * so the build reads them like any other string. Only code that itself loads on use imports this.
 */
import type { Lang } from './ui';
import { translator, type ClientT } from './client';
// The one rule for a page's language from its <html lang>, which the search already follows.
import { searchLangOf } from '../features/search/query/search-bundles';

type Table = () => Promise<{ ui: Record<string, string> }>;

/** One import per feature and language: a search downloads neither the checklist's strings nor the other language's. */
const ON_DEMAND: Record<'search' | 'checklist', Record<Lang, Table>> = {
  search: { 'zh-CN': () => import('./on-demand/search/zh-CN'), en: () => import('./on-demand/search/en') },
  checklist: { 'zh-CN': () => import('./on-demand/checklist/zh-CN'), en: () => import('./on-demand/checklist/en') },
};

export type OnDemandPart = keyof typeof ON_DEMAND;

/** The language of the page, from <html lang>. */
export function pageLang(): Lang {
  return searchLangOf(document.documentElement.lang);
}

/** Browser: the on-demand strings of `part` in `lang` (the page's by default). Rejects when the chunk cannot load (offline). */
export async function loadUi(part: OnDemandPart, lang: Lang = pageLang()): Promise<ClientT> {
  return translator((await ON_DEMAND[part][lang]()).ui);
}
