/**
 * Which search a page runs: its own language's (search-zh.ts or search-en.ts, chosen by <html lang>),
 * and on a Chinese page, for a query in Latin letters, the English one as well. Each engine is its
 * own chunk, so a Chinese search never downloads the English vocabulary or index, nor the reverse.
 */
import type { SearchLang } from '../query/search-bundles';
import { isLatinQuery } from '../query/search-language';
import type { SearchOptions, SearchResponse } from './search-engine';
import { engineFor, pageSearchLang } from './search-engines';

/**
 * The other language whose articles a query should also be offered, if any: English for a query in
 * Latin letters typed on a Chinese page. A Chinese query never loads the English index.
 */
export function alsoSearch(query: string, lang: SearchLang = pageSearchLang()): SearchLang | undefined {
  return lang === 'zh-CN' && isLatinQuery(query) ? 'en' : undefined;
}

/** The page's own results, and those offered in the other language (`alsoSearch`), if any. */
export interface OfferedSearch {
  own: SearchResponse;
  offer?: { lang: SearchLang; response: SearchResponse };
}

/**
 * Searches in the page's language and, when `alsoSearch` says so and `offerLimit` is above 0, in
 * the other one, at the same time. The offer is a bonus: when it fails the page's own results
 * still show.
 */
export async function searchWithOffer(query: string, options: SearchOptions, offerLimit: number): Promise<OfferedSearch> {
  const lang = pageSearchLang();
  const other = offerLimit > 0 ? alsoSearch(query, lang) : undefined;
  const [own, offered] = await Promise.all([
    engineFor(lang).then((engine) => engine.search(query, options)),
    other ? engineFor(other).then((engine) => engine.search(query, { limit: offerLimit, fullExcerpts: options.fullExcerpts ?? false }), () => undefined) : undefined,
  ]);
  return other && offered ? { own, offer: { lang: other, response: offered } } : { own };
}
