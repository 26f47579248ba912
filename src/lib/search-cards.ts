/**
 * Result cards: what a search result shows (link, title, category, description) for every indexed
 * article, keyed by Pagefind's page id, in one small file written next to the index at build time.
 * With it the header's results need no Pagefind fragment per result: a first search fetches one
 * 2–3 KB file instead of a 2 KB fragment for each result shown, and later searches fetch nothing.
 */

export interface ResultCard {
  url: string;
  title: string;
  /** Category name as shown, and id as used by the category filter. */
  category: string;
  categoryId: string;
  description: string;
}

/** Cards by Pagefind page id. */
export type ResultCards = Record<string, ResultCard>;

/** File name of the cards, inside the Pagefind bundle folder. */
export const CARDS_FILE = 'result-cards.json';

/** The parts of a Pagefind fragment (its JSON) that a card is made from. */
export interface FragmentLike {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, readonly string[] | undefined>;
}

/** The card for one fragment; throws naming the page when a field the results need is missing. */
export function cardFromFragment(fragment: FragmentLike): ResultCard {
  const { title, category, description } = fragment.meta;
  const categoryId = fragment.filters['category']?.[0];
  const missing = Object.entries({ title, category, description, categoryId })
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new Error(`search index: page ${fragment.url} has no ${missing.join(', ')} for its result card`);
  return { url: fragment.url, title: title!, category: category!, categoryId: categoryId!, description: description! };
}

/** Pagefind's page id from a fragment's file path: `fragment/zh-cn_3352fa2.pf_fragment` → `zh-cn_3352fa2`. */
export function pageIdFromFragmentPath(path: string): string | undefined {
  return /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path)?.[1];
}

/** Reads a cards file's JSON, keeping only well-formed cards (a stale or damaged file must not break search). */
export function parseCards(value: unknown): ResultCards {
  const cards: ResultCards = {};
  if (!value || typeof value !== 'object') return cards;
  for (const [id, card] of Object.entries(value as Record<string, unknown>)) {
    if (!card || typeof card !== 'object') continue;
    const c = card as Record<string, unknown>;
    if ([c['url'], c['title'], c['category'], c['categoryId'], c['description']].every((v) => typeof v === 'string')) {
      cards[id] = c as unknown as ResultCard;
    }
  }
  return cards;
}

/**
 * The results (best first) whose card is in one of `categories`. Narrowing the ranking of the whole
 * query, instead of searching again with Pagefind's category filter, saves running the query's
 * searches twice and keeps the list as long as its category chip says. Undefined when a result has
 * no card (a stale or missing cards file): the caller then asks Pagefind with the filter.
 */
export function inCategories<T extends { id: string }>(ranked: readonly T[], cards: ResultCards, categories: readonly string[]): T[] | undefined {
  const wanted = new Set(categories);
  const kept: T[] = [];
  for (const result of ranked) {
    const card = cards[result.id];
    if (!card) return undefined;
    if (wanted.has(card.categoryId)) kept.push(result);
  }
  return kept;
}
