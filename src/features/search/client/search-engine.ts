/**
 * The site's search, in the browser: plans the query (src/features/search/query/search-query.ts), runs the planned
 * Pagefind searches, merges them (src/features/search/query/search-merge.ts) and dresses the results from the result
 * cards (src/features/search/query/search-cards.ts). Loaded only when a reader starts to search; the header field
 * and the search page both go through `search()`, and so does `npm run eval:search`.
 *
 * One engine per language (`createSearchEngine`): its Pagefind bundle and its vocabulary. The
 * Chinese one is search-zh.ts, the English one search-en.ts; a page loads its own
 * (search-languages.ts), and a Chinese page the English one too for a query in Latin letters.
 */
import { planQuery, type QueryPlan } from '../query/search-query';
import type { Vocabulary } from '../query/search-synonyms';
import { runStaged } from '../query/search-run';
import { excerptAround, mentionsAny, withHighlight } from '../query/search-highlight';
import { PAGEFIND_RANKING } from '../query/search-ranking';
import { cardFromFragment, createCardStore, inCategories, type ResultCard } from '../query/search-cards';

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
}

/**
 * Results scoring below this share of the best are left out (see `withoutWeak`). At 0.05 a query
 * keeps about five results on average and no expected article was lost in `npm run eval:search`.
 */
const MIN_SHARE_OF_BEST = 0.05;

interface Engine {
  pf: Pagefind;
  pageCount: number;
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
}

/**
 * The plan's Pagefind searches, staged (src/features/search/query/search-run.ts: the fallbacks only when the whole
 * query finds too few pages), merged and ranked; and each hit by page id, for loading fragments.
 */
async function runPlan(pf: Pagefind, queryPlan: QueryPlan, pageCount: number, categories: readonly string[] = []) {
  const filters = categories.length ? { category: { any: [...categories] } } : {};
  const byId = new Map<string, PagefindResult>();
  const { ranked } = await runStaged(
    queryPlan.searches,
    async (query) => {
      const hits = (await pf.search(query, { filters }))?.results ?? [];
      for (const hit of hits) if (!byId.has(hit.id)) byId.set(hit.id, hit);
      return hits;
    },
    { totalPages: pageCount, minShare: MIN_SHARE_OF_BEST },
  );
  return { ranked, byId };
}

export interface SearchEngineConfig {
  /** Where the build wrote this language's index (src/features/search/query/search-bundles.ts). */
  bundle: string;
  /** The language's compiled vocabulary. */
  vocabulary: Vocabulary;
}

export interface SearchEngine {
  /** Loads Pagefind and the result cards' index once; a failure lets the next search try again. */
  loadEngine(): Promise<Engine>;
  plan(query: string): QueryPlan;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** The search over one language's bundle; nothing loads before the first search. */
export function createSearchEngine({ bundle, vocabulary }: SearchEngineConfig): SearchEngine {
  let engine: Promise<Engine> | undefined;

  /** The result cards, loaded shard by shard as results need them; missing ones fall back to Pagefind's fragments. */
  const cardStore = createCardStore(async (file) => {
    const response = await fetch(`${bundle}${file}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.json();
  });

  async function loadPagefind(): Promise<Pagefind> {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // noWorker: Pagefind would otherwise download a 12 KB worker script to run searches off the
    // main thread. A search takes a few milliseconds here (tens at 10,000 articles, see
    // bench/RESULTS.md): too short to hold up typing.
    // baseUrl: the documents' URLs are site paths already; Pagefind would otherwise put the
    // bundle's folder in front of them (/en/en/set-up/ from /en/pagefind/).
    await pf.options({ ranking: PAGEFIND_RANKING, noWorker: true, baseUrl: '/' });
    await pf.init();
    return pf;
  }

  /** Loads Pagefind and the result cards' index once; a failure lets the next search try again. */
  function loadEngine(): Promise<Engine> {
    // The cards' index (all the cards on a small site) loads alongside Pagefind.
    engine ??= Promise.all([loadPagefind(), cardStore.cardsFor([])])
      .then(async ([pf]) => {
        const counts = (await pf.filters())['category'] ?? {};
        return { pf, pageCount: Object.values(counts).reduce((a, b) => a + b, 0) };
      })
      .catch((error: unknown) => {
        engine = undefined;
        throw error;
      });
    return engine;
  }

  function plan(query: string): QueryPlan {
    return planQuery(query, vocabulary);
  }

  async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const queryPlan = plan(query);
    if (queryPlan.searches.length === 0) return { plan: queryPlan, results: [], total: 0, categories: {} };
    const { pf, pageCount } = await loadEngine();
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
    return { plan: queryPlan, results, total: narrowed.ranked.length, categories };
  }

  return { loadEngine, plan, search };
}
