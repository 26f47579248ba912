/**
 * Each language's search engine (search-zh.ts, search-en.ts), imported on demand and once. The
 * header's combobox starts the page's own engine as soon as it loads.
 */
import { searchLangOf, type SearchLang } from '../query/search-bundles';
import type { SearchEngine } from './search-engine';

export type EngineModule = Pick<SearchEngine, 'search'>;

/**
 * On the search page every search goes through the search worker (search-remote.ts), the header's
 * too: the page searches as it loads and shows twenty results, and that work held a slow phone's
 * main thread. Elsewhere the header searches a few words at a time, in a few milliseconds: there a
 * worker would only add its start-up and bytes to the first search.
 */
const inWorker = () => document.querySelector('search-page') !== null;
const remote = (lang: SearchLang) => import('./search-remote').then((m) => m.remoteEngine(lang));

const loaders: Record<SearchLang, () => Promise<EngineModule>> = {
  'zh-CN': () => (inWorker() ? remote('zh-CN') : import('./search-zh')),
  en: () => (inWorker() ? remote('en') : import('./search-en')),
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
