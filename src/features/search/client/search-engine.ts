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
import { cardFromFragment, createCardStore, inCategories, textAfterTitle, type ResultCard } from '../query/search-cards';
import { needsRespelling, readAsTyped, respellQuery, type TypingTables } from '../query/typed-query';
import { loadTypingTables } from './typing-loader';

interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[] | undefined>;
  anchors: { element: string; id: string; text: string }[];
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

interface Engine {
  pf: Pagefind;
  pageCount: number;
  /** The typing tables' manifest (Chinese only); undefined for a language without them. */
  typing: TypingTables | undefined;
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

export interface SearchEngineConfig {
  /** Where the build wrote this language's index (src/features/search/query/search-bundles.ts). */
  bundle: string;
  /** The language's compiled vocabulary. */
  vocabulary: Vocabulary;
  /**
   * Whether the bundle has the typing tables (Traditional characters, pinyin, sound-alikes:
   * src/features/search/build/typing-files.ts), which read Chinese queries: the Chinese bundle only.
   */
  typing?: boolean;
}

export interface SearchEngine {
  /** Loads Pagefind and the result cards' index once; a failure lets the next search try again. */
  loadEngine(): Promise<Engine>;
  plan(query: string): QueryPlan;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** The search over one language's bundle; nothing loads before the first search. */
export function createSearchEngine({ bundle, vocabulary, typing = false }: SearchEngineConfig): SearchEngine {
  let engine: Promise<Engine> | undefined;

  /** The result cards, loaded shard by shard as results need them; missing ones fall back to Pagefind's fragments. */
  const cardStore = createCardStore(async (file) => {
    const response = await fetch(`${bundle}${file}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.json();
  });

  async function loadPagefind(): Promise<Pagefind> {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // baseUrl: the documents' URLs are site paths already; Pagefind would otherwise put the
    // bundle's folder in front of them (/en/en/set-up/ from /en/pagefind/).
    // noWorker: on the search page this whole engine runs in a worker of its own
    // (search-worker.ts), and elsewhere a header search takes a few milliseconds, where
    // Pagefind's worker would only add its script to the first search.
    await pf.options({ ranking: PAGEFIND_RANKING, noWorker: true, baseUrl: '/' });
    await pf.init();
    return pf;
  }

  /** Loads Pagefind and the result cards' index once; a failure lets the next search try again. */
  function loadEngine(): Promise<Engine> {
    // The cards' index (all the cards on a small site) loads alongside Pagefind. So does the
    // typing tables' small manifest; the tables themselves only when a query needs one.
    engine ??= Promise.all([loadPagefind(), cardStore.cardsFor([]), typing ? loadTypingTables(bundle) : undefined])
      .then(async ([pf, , tables]) => {
        const counts = (await pf.filters())['category'] ?? {};
        return { pf, pageCount: Object.values(counts).reduce((a, b) => a + b, 0), typing: tables };
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

  /**
   * Searches a query as readers type it: Traditional characters and pinyin are read as the site's
   * words first, and a query with weak results is respelled when the respelling finds better
   * (src/features/search/query/typed-query.ts). `exact` searches the query as typed.
   */
  async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    if (!typing || options.exact || !query.trim()) return (await searchText(query, options)).response;
    const { typing: tables } = await loadEngine();
    if (!tables) return (await searchText(query, options)).response;
    const read = await readAsTyped(query, vocabulary, tables).catch(() => null);
    const text = read ?? query;
    let found = await searchText(text, options);
    let instead = read ?? undefined;
    if (needsRespelling(text, found.response.total, vocabulary)) {
      const respelled = await respellQuery(text, vocabulary, tables).catch(() => null);
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
      // The index holds no display text: without its card a result gets what its fragment has.
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
          const body = textAfterTitle((await narrowed.byId.get(id)!.data()).content, card.title);
          const fromBody = excerptAround(body, queryPlan.highlight, 80);
          // The passage around the matched words; else the description if it mentions them.
          if (mentionsAny(fromBody, queryPlan.highlight) || !mentionsAny(excerpt, queryPlan.highlight)) excerpt = fromBody || excerpt;
        }
        return { ...card, id, url, href: withHighlight(url, queryPlan.highlight), excerpt, score };
      }),
    );
    return { response: { plan: queryPlan, results, total: narrowed.ranked.length, categories }, strength: all.strength };
  }

  return { loadEngine, plan, search };
}
