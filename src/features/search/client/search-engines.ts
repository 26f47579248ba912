/**
 * Each language's search engine (search-zh.ts, search-en.ts), imported on demand and once. The
 * header's combobox starts the page's own engine as soon as it loads.
 */
import { searchLangOf, type SearchLang } from '../query/search-bundles';
import type { SearchEngine } from './search-engine';

export type EngineModule = Pick<SearchEngine, 'search' | 'loadEngine' | 'plan'>;

const loaders: Record<SearchLang, () => Promise<EngineModule>> = {
  'zh-CN': () => import('./search-zh'),
  en: () => import('./search-en'),
};
const loading = new Map<SearchLang, Promise<EngineModule>>();

/** The engine of `lang`, imported once; a failed import (offline) is tried again next time. */
export function engineFor(lang: SearchLang): Promise<EngineModule> {
  let engine = loading.get(lang);
  if (!engine) {
    engine = loaders[lang]().catch((error: unknown) => {
      loading.delete(lang);
      throw error;
    });
    loading.set(lang, engine);
  }
  return engine;
}

/** This page's search language, from its <html lang>. */
export function pageSearchLang(): SearchLang {
  return searchLangOf(document.documentElement.lang);
}
