/**
 * Result cards: what a search result shows (link, title, category, description) for every indexed
 * article, keyed by Pagefind's page id, written next to the index at build time from the build's
 * own article data. With them the results need no Pagefind fragment each: on a small site a first
 * search fetches one 2–3 KB file instead of a 2 KB fragment for each result shown, and later
 * searches fetch nothing. And the index need not hold the display text: Pagefind indexes every
 * metadata field, a Chinese title or description as one long word no query matches.
 *
 * Layout (in the Pagefind bundle folder): `result-cards.json` holds `{ "shards": S, "cards": … }`.
 * With S = 1 (up to 250 articles) it holds every card and is the only file. With more articles
 * the cards are split into S shards, `result-cards-0.json` … `result-cards-<S-1>.json`, a page's
 * shard picked by a hash of its page id (`shardOf`), and `result-cards.json` holds only S: a
 * search then loads the shards holding the results it shows (`createCardStore`), not every card.
 */
import { fnv1a32 } from '../../../lib/hash.ts';
import { withoutWordBreaks } from './word-breaks.ts';

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

/** File name of the cards' index (and, with one shard, of the cards), inside the Pagefind bundle folder. */
export const CARDS_FILE = 'result-cards.json';

/** File name of shard `shard` when there are several. */
export function shardFile(shard: number): string {
  return `result-cards-${shard}.json`;
}

/**
 * Articles per shard, on average. A shard of 250 cards is about 10 KB gzipped (100 KB raw): the
 * 20-article site (and any up to 250) keeps one file and one request, and at 10,000 articles (40
 * shards) the header's five results need at most five 10 KB shards instead of one 214 KB file.
 */
export const CARDS_PER_SHARD = 250;

/** How many shards the cards of `articleCount` articles are split into. */
export function shardCount(articleCount: number): number {
  return Math.max(1, Math.ceil(articleCount / CARDS_PER_SHARD));
}

/**
 * The shard holding a page's card: FNV-1a (`fnv1a32`) of its Pagefind page id, mod `shards`. The
 * build and the browser both use this, so it must not change without rebuilding the cards.
 */
export function shardOf(pageId: string, shards: number): number {
  return fnv1a32(pageId) % Math.max(1, shards);
}

/** The files the build writes: file name → JSON value. */
export function cardFiles(cards: ResultCards): Record<string, unknown> {
  const ids = Object.keys(cards);
  const shards = shardCount(ids.length);
  if (shards === 1) return { [CARDS_FILE]: { shards, cards } };
  const split: ResultCards[] = Array.from({ length: shards }, () => ({}));
  for (const id of ids) split[shardOf(id, shards)]![id] = cards[id]!;
  const files: Record<string, unknown> = { [CARDS_FILE]: { shards } };
  split.forEach((part, i) => (files[shardFile(i)] = part));
  return files;
}

/**
 * The cards by Pagefind page id, from the build's own article data (`cards`, by address) and the
 * page each fragment the index holds is for (`pages`, id → address). The index holds no display
 * text (src/features/search/build/search-document.ts), so this is the only place a page id meets
 * its title. Throws naming the page when the index and the articles disagree (a build step, not
 * input).
 */
export function cardsByPageId(pages: ReadonlyMap<string, string>, cards: ReadonlyMap<string, ResultCard>): ResultCards {
  const byId: ResultCards = {};
  const indexed = new Set<string>();
  for (const [id, url] of pages) {
    const card = cards.get(url);
    if (!card) throw new Error(`search index: page ${url} has no article to make its result card from`);
    byId[id] = card;
    indexed.add(url);
  }
  const missing = [...cards.keys()].filter((url) => !indexed.has(url));
  if (missing.length) throw new Error(`search index: ${missing.join(', ')} not indexed by Pagefind`);
  return byId;
}

/** The parts of a Pagefind fragment (its JSON) a result can fall back on when its card is missing. */
export interface FragmentLike {
  url: string;
  /** The indexed text, Pagefind's own word breaks removed (as `result.data()` gives it) but not ours (word-breaks.ts). */
  content: string;
  filters: Record<string, readonly string[] | undefined>;
  anchors?: readonly { element: string; id: string; text: string }[];
}

/**
 * A card made from a result's fragment, for when its card could not be loaded (a stale or damaged
 * cards file). The index holds no display text, so it is less than a real card: the title is the
 * document's h1 (an anchor of the fragment), the description the indexed text after it, and there
 * is no category name.
 */
export function cardFromFragment(fragment: FragmentLike): ResultCard {
  const title = withoutWordBreaks(fragment.anchors?.find((a) => a.element === 'h1')?.text.trim() ?? '');
  return {
    url: fragment.url,
    title: title || fragment.url,
    category: '',
    categoryId: fragment.filters['category']?.[0] ?? '',
    description: textAfterTitle(fragment.content, title),
  };
}

/**
 * A fragment's indexed text as a reader reads it (word breaks taken out, word-breaks.ts), after
 * the title it starts with, which a result shows already: the search page's excerpts and a
 * fallback card's description.
 */
export function textAfterTitle(content: string, title: string): string {
  const text = withoutWordBreaks(content);
  return (text.startsWith(title) ? text.slice(title.length) : text).replace(/^[\s.。]+/, '');
}

/** Pagefind's page id from a fragment's file path: `fragment/zh-cn_3352fa2.pf_fragment` → `zh-cn_3352fa2`. */
export function pageIdFromFragmentPath(path: string): string | undefined {
  return /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path)?.[1];
}

/** One card as JSON, if it is well formed. */
export function parseCard(value: unknown): ResultCard | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { url, title, category, categoryId, description } = value as Record<string, unknown>;
  if (
    typeof url === 'string' &&
    typeof title === 'string' &&
    typeof category === 'string' &&
    typeof categoryId === 'string' &&
    typeof description === 'string'
  ) {
    return { url, title, category, categoryId, description };
  }
  return undefined;
}

/** Reads a cards file's JSON, keeping only well-formed cards (a stale or damaged file must not break search). */
export function parseCards(value: unknown): ResultCards {
  const cards: ResultCards = {};
  if (!value || typeof value !== 'object') return cards;
  for (const [id, item] of Object.entries(value as Record<string, unknown>)) {
    const card = parseCard(item);
    if (card) cards[id] = card;
  }
  return cards;
}

/** The cards index: how many shards, and the cards when there is one. Undefined when damaged. */
export function parseCardsIndex(value: unknown): { shards: number; cards: ResultCards } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { shards, cards } = value as Record<string, unknown>;
  if (typeof shards !== 'number' || !Number.isInteger(shards) || shards < 1) return undefined;
  return { shards, cards: shards === 1 ? parseCards(cards) : {} };
}

/** Fetches a file of the Pagefind bundle as JSON; rejects when it cannot (offline, not found, not JSON). */
export type FetchJson = (file: string) => Promise<unknown>;

export interface CardStore {
  /**
   * Every card loaded so far, after loading the shards holding `ids` (each shard once). Never
   * rejects: a card that could not be loaded is missing, and its shard is tried again next time.
   */
  cardsFor(ids: readonly string[]): Promise<ResultCards>;
}

/**
 * Loads the cards a search needs, shard by shard. The index (`CARDS_FILE`) is loaded first; when
 * it cannot be fetched it is tried again next time, and when it is damaged there are no cards (the
 * results then come from Pagefind's fragments).
 */
export function createCardStore(fetchJson: FetchJson): CardStore {
  const cards: ResultCards = {};
  let index: Promise<number> | undefined; // the number of shards; 0 for none (damaged index)
  const shards = new Map<number, Promise<void>>();

  const loadIndex = (): Promise<number> =>
    (index ??= fetchJson(CARDS_FILE).then(
      (value) => {
        const parsed = parseCardsIndex(value);
        if (!parsed) return 0;
        Object.assign(cards, parsed.cards);
        if (parsed.shards === 1) shards.set(0, Promise.resolve());
        return parsed.shards;
      },
      () => {
        index = undefined;
        return 0;
      },
    ));

  const loadShard = (shard: number): Promise<void> => {
    let loading = shards.get(shard);
    if (!loading) {
      loading = fetchJson(shardFile(shard)).then(
        (value) => void Object.assign(cards, parseCards(value)),
        () => void shards.delete(shard),
      );
      shards.set(shard, loading);
    }
    return loading;
  };

  return {
    async cardsFor(ids) {
      const count = await loadIndex();
      if (count > 0) await Promise.all([...new Set(ids.map((id) => shardOf(id, count)))].map(loadShard));
      return cards;
    },
  };
}

/**
 * The results (best first) whose card is in one of `categories`. Narrowing the ranking of the whole
 * query, instead of searching again with Pagefind's category filter, saves running the query's
 * searches twice and keeps the list as long as its category chip says. Undefined when a result has
 * no card (a stale or missing cards file): the caller then asks Pagefind with the filter.
 */
export function inCategories<T extends { id: string }>(
  ranked: readonly T[],
  cards: ResultCards,
  categories: readonly string[],
): T[] | undefined {
  const wanted = new Set(categories);
  const kept: T[] = [];
  for (const result of ranked) {
    const card = cards[result.id];
    if (!card) return undefined;
    if (wanted.has(card.categoryId)) kept.push(result);
  }
  return kept;
}
