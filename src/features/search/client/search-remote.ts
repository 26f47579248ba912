/**
 * The search page's engines: each search goes to search-worker.ts, which runs the whole query
 * pipeline off the main thread, and comes back as results ready to render. Where the worker cannot
 * start (a browser without module workers), every search runs on the page as on other pages.
 */
import type { SearchLang } from '../query/search-bundles';
import { createSearchCalls, type SearchAnswer } from './search-calls';
import type { SearchOptions, SearchResponse } from './search-engine';
import type { EngineModule } from './search-engines';

const onPage: Record<SearchLang, () => Promise<EngineModule>> = {
  'zh-CN': () => import('./search-zh'),
  en: () => import('./search-en'),
};

let broken = false;
let worker: Worker | undefined;
try {
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
} catch {
  broken = true; // no workers at all, or a policy that forbids this one
}
const calls = createSearchCalls((call) => worker?.postMessage(call));
worker?.addEventListener('message', (event: MessageEvent<SearchAnswer>) => calls.answer(event.data));
// A browser without module workers fails to load the script; the searches waiting for it, and all
// later ones, run on the page.
worker?.addEventListener('error', () => {
  broken = true;
  worker?.terminate();
  calls.failAll(({ lang, query, options }) => onPage[lang]().then((engine) => engine.search(query, options)));
});

/** The engine of `lang`, answering through the worker. */
export function remoteEngine(lang: SearchLang): EngineModule {
  return {
    search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
      if (broken) return onPage[lang]().then((engine) => engine.search(query, options));
      return calls.call({ lang, query, options, pageLang: document.documentElement.lang });
    },
  };
}
