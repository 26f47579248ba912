/**
 * The site's search, in the browser: plans the query (src/features/search/query/search-query.ts), runs the planned
 * Pagefind searches, merges them (src/features/search/query/search-merge.ts) and dresses the results from the result
 * cards (src/features/search/query/search-cards.ts). Loaded only when a reader starts to search; the header field
 * and the search page both go through `search()`, and so does `npm run eval:search`.
 */
import data from '../../../../content/search-synonyms.json';
import { compileVocabulary } from '../query/search-synonyms';
import { planQuery, type QueryPlan } from '../query/search-query';
import { runStaged } from '../query/search-run';
import { excerptAround, mentionsAny, withHighlight } from '../query/search-highlight';
import { PAGEFIND_RANKING } from '../query/search-ranking';
import { cardFromFragment, createCardStore, inCategories, type ResultCard } from '../query/search-cards';
import { needsRespelling, readAsTyped, respellQuery, type TypingTables } from '../query/typed-query';
import { loadTypingTables } from './typing-loader';

// The search page's "已按…搜索" line comes with the engine (see search-instead.ts).
export { showInstead } from './search-instead';

const vocabulary = compileVocabulary(data);

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchResult extends ResultCard {
  id: string;
  /** The article's URL with the terms to mark on it. */
  href: string;
  excerpt: string;
  score: number;
}

export interface SearchResponse {
  plan: QueryPlan;
  results: SearchResult[];
  /** How many articles matched in all, before `limit`. */
  total: number;
  /** Matches per category id, before the category filter; empty unless asked for (`counts`). */
  categories: Record<string, number>;
  /**
   * What was searched in place of the query as typed (Traditional characters converted, pinyin
   * read, a slip respelled), to show "已按…搜索" with a link to the query as typed; absent when
   * the query was searched as typed.
   */
  searchedInstead?: string;
}

/**
 * Results scoring below this share of the best are left out (see `withoutWeak`). At 0.05 a query
 * keeps about five results on average and no expected article was lost in `npm run eval:search`.
 */
const MIN_SHARE_OF_BEST = 0.05;

/** Where the build writes the index (src/features/search/build/pagefind-integration.ts). */
const BUNDLE = '/pagefind/';

interface Engine {
  pf: Pagefind;
  pageCount: number;
  typing: TypingTables;
}
let engine: Promise<Engine> | undefined;

/** The result cards, loaded shard by shard as results need them; missing ones fall back to Pagefind's fragments. */
const cardStore = createCardStore(async (file) => {
  const response = await fetch(`${BUNDLE}${file}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
});

/**
 * Whether Pagefind runs in its web worker. Only on the search page: there a search starts as the
 * page loads and shows twenty results with an excerpt each, and Pagefind's start-up, searches and
 * fragment decoding on the main thread held it for over a second on a slow phone (Lighthouse's
 * total blocking time, bench/RESULTS.md). The header field searches a few words at a time, where a
 * search takes a few milliseconds: there the worker's 12 KB would only add to the first search.
 */
const inWorker = () => document.querySelector('search-page') !== null;

async function loadPagefind(): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
  await pf.options({ ranking: PAGEFIND_RANKING, noWorker: !inWorker() });
  await pf.init();
  return pf;
}

/** Loads Pagefind and the result cards' index once; a failure lets the next search try again. */
export function loadEngine(): Promise<Engine> {
  // The cards' index (all the cards on a small site) loads alongside Pagefind.
  // So does the typing tables' small manifest; the tables themselves only when a query needs one.
  engine ??= Promise.all([loadPagefind(), cardStore.cardsFor([]), loadTypingTables(BUNDLE)])
    .then(async ([pf, , typing]) => {
      const counts = (await pf.filters())['category'] ?? {};
      return { pf, pageCount: Object.values(counts).reduce((a, b) => a + b, 0), typing };
    })
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}

export function plan(query: string): QueryPlan {
  return planQuery(query, vocabulary);
}

export interface SearchOptions {
  /**
   * Category ids to keep, by the result cards' categories (Pagefind's category filter only when a
   * card is missing); empty or absent for all.
   */
  categories?: readonly string[];
  /** How many results to return. */
  limit?: number;
  /**
   * Excerpts from the indexed text around the matched words (one Pagefind fragment per result);
   * without, the excerpt is the article's description, from the cards.
   */
  fullExcerpts?: boolean;
  /**
   * Count the matches per category (`SearchResponse.categories`): this needs every result's card,
   * so the card shards of all results load, not only those of the results returned.
   */
  counts?: boolean;
  /** Search exactly what was typed: no conversion, no pinyin, no respelling ("搜索你输入的…"). */
  exact?: boolean;
}

/**
 * The plan's Pagefind searches, staged (src/features/search/query/search-run.ts: the fallbacks only when the whole
 * query finds too few pages), merged and ranked; and each hit by page id, for loading fragments.
 */
async function runPlan(pf: Pagefind, queryPlan: QueryPlan, pageCount: number, categories: readonly string[] = []) {
  const filters = categories.length ? { category: { any: [...categories] } } : {};
  const byId = new Map<string, PagefindResult>();
  const { ranked, runs } = await runStaged(
    queryPlan.searches,
    async (query) => {
      const hits = (await pf.search(query, { filters }))?.results ?? [];
      for (const hit of hits) if (!byId.has(hit.id)) byId.set(hit.id, hit);
      return hits;
    },
    { totalPages: pageCount, minShare: MIN_SHARE_OF_BEST },
  );
  // How well the query as a whole matched: the best raw score of its whole-query searches, to
  // compare a respelled query with the query as typed.
  const strength = Math.max(0, ...runs.filter((r) => !r.fallback).flatMap((r) => r.hits.map((h) => h.score)));
  return { ranked, byId, strength };
}

/**
 * Searches a query as readers type it: Traditional characters and pinyin are read as the site's
 * words first, and a query with weak results is respelled when the respelling finds better
 * (src/features/search/query/typed-query.ts). `exact` searches the query as typed.
 */
export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  if (options.exact || !query.trim()) return (await searchText(query, options)).response;
  const { typing } = await loadEngine();
  const read = await readAsTyped(query, vocabulary, typing).catch(() => null);
  const text = read ?? query;
  let found = await searchText(text, options);
  let instead = read ?? undefined;
  if (needsRespelling(text, found.response.total, vocabulary)) {
    const respelled = await respellQuery(text, vocabulary, typing).catch(() => null);
    if (respelled) {
      const other = await searchText(respelled.text, options);
      if (other.strength > found.strength) {
        found = other;
        instead = respelled.text;
      }
    }
  }
  return instead ? { ...found.response, searchedInstead: instead } : found.response;
}

async function searchText(query: string, options: SearchOptions): Promise<{ response: SearchResponse; strength: number }> {
  // The downloads start first: planning uses the word segmenter, whose first use loads its
  // dictionary (tens of milliseconds on a fast machine), and that time overlaps them.
  const engine = loadEngine();
  const queryPlan = plan(query);
  if (queryPlan.searches.length === 0) {
    engine.catch(() => {}); // not needed for this query; a failure shows on the next one
    return { response: { plan: queryPlan, results: [], total: 0, categories: {} }, strength: 0 };
  }
  const { pf, pageCount } = await engine;
  const all = await runPlan(pf, queryPlan, pageCount);
  const chosen = options.categories ?? [];
  const limit = options.limit ?? 10;
  // Counting or narrowing by category needs every result's card; else only those shown.
  const everyCard = options.counts || chosen.length > 0;
  let cards = await cardStore.cardsFor((everyCard ? all.ranked : all.ranked.slice(0, limit)).map((r) => r.id));
  // A category narrows the whole query's ranking; Pagefind's filter only when a card is missing.
  const inChosen = chosen.length ? inCategories(all.ranked, cards, chosen) : all.ranked;
  const narrowed = inChosen ? { ranked: inChosen, byId: all.byId } : await runPlan(pf, queryPlan, pageCount, chosen);
  const top = narrowed.ranked.slice(0, limit);
  if (!inChosen) cards = await cardStore.cardsFor(top.map((r) => r.id));

  const cardOf = async (id: string): Promise<ResultCard> => {
    const known = cards[id];
    if (known) return known;
    const hit = narrowed.byId.get(id) ?? all.byId.get(id);
    return cardFromFragment(await hit!.data());
  };
  const categories: Record<string, number> = {};
  for (const { id } of options.counts ? all.ranked : []) {
    const card = cards[id];
    if (card) categories[card.categoryId] = (categories[card.categoryId] ?? 0) + 1;
  }

  const results = await Promise.all(
    top.map(async ({ id, score }): Promise<SearchResult> => {
      const card = await cardOf(id);
      const url = card.url.replace(/[?#].*$/, '');
      let excerpt = excerptAround(card.description, queryPlan.highlight);
      if (options.fullExcerpts) {
        const fragment = await narrowed.byId.get(id)!.data();
        // The indexed text starts with the title, which the result shows already.
        const text = fragment.content.startsWith(card.title) ? fragment.content.slice(card.title.length) : fragment.content;
        const body = text.replace(/^[\s.。]+/, '');
        const fromBody = excerptAround(body, queryPlan.highlight, 80);
        // The passage around the matched words; else the description if it mentions them.
        if (mentionsAny(fromBody, queryPlan.highlight) || !mentionsAny(excerpt, queryPlan.highlight)) excerpt = fromBody || excerpt;
      }
      return { ...card, id, url, href: withHighlight(url, queryPlan.highlight), excerpt, score };
    }),
  );
  return { response: { plan: queryPlan, results, total: narrowed.ranked.length, categories }, strength: all.strength };
}
