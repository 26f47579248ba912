/**
 * Which search a page runs: its own language's (search-zh.ts or search-en.ts, chosen by <html lang>),
 * and on a Chinese page, for a query in Latin letters, the English one as well. Each engine is its
 * own chunk, so a Chinese search never downloads the English vocabulary or index, nor the reverse.
 */
import type { SearchLang } from '../query/search-bundles';
import { isLatinQuery } from '../query/search-language';
import type { SearchOptions, SearchResponse } from './search-engine';
import { engineFor, pageSearchLang } from './search-engines';

// The search page's "已按…搜索" line loads with the search code (search-instead.ts).
export { showInstead } from './search-instead';

/**
 * The other language whose articles a query should also be offered, if any: English for a query in
 * Latin letters typed on a Chinese page. A Chinese query never loads the English index.
 */
export function alsoSearch(query: string, lang: SearchLang = pageSearchLang()): SearchLang | undefined {
  return lang === 'zh-CN' && isLatinQuery(query) ? 'en' : undefined;
}

/** Results offered in the other language. */
export interface Offer {
  lang: SearchLang;
  response: SearchResponse;
}

/** The page's own search, and the one offered in the other language (`alsoSearch`), if any. */
export interface OfferedSearch {
  own: Promise<SearchResponse>;
  /** Never rejects: a failed offer (offline, say) is undefined. */
  offer?: Promise<Offer | undefined>;
}

/**
 * Searches in the page's language and, when `alsoSearch` says so and `offerLimit` is above 0, in
 * the other one, both started at once. Each is its own promise, so the page shows its own results
 * without waiting for the other language's index to load (a second Pagefind, with its WebAssembly),
 * and adds the offer when it comes. The offer is a bonus: when it fails the own results stand.
 */
export function searchWithOffer(query: string, options: SearchOptions, offerLimit: number): OfferedSearch {
  const lang = pageSearchLang();
  const other = offerLimit > 0 ? alsoSearch(query, lang) : undefined;
  const own = engineFor(lang).then((engine) => engine.search(query, options));
  if (!other) return { own };
  const offer = engineFor(other)
    .then((engine) => engine.search(query, { limit: offerLimit, fullExcerpts: options.fullExcerpts ?? false }))
    .then(
      (response): Offer => ({ lang: other, response }),
      () => undefined,
    );
  return { own, offer };
}
