/**
 * The site's search, in the browser: plans the query (src/lib/search-query.ts), runs the planned
 * Pagefind searches, merges them (src/lib/search-merge.ts) and dresses the results from the result
 * cards (src/lib/search-cards.ts). Loaded only when a reader starts to search; the header field
 * and the search page both go through `search()`, and so does `npm run eval:search`.
 */
import data from '../../content/search-synonyms.json';
import { compileVocabulary } from '../lib/search-synonyms';
import { planQuery, type QueryPlan } from '../lib/search-query';
import { runStaged } from '../lib/search-run';
import { excerptAround, mentionsAny, withHighlight } from '../lib/search-highlight';
import { PAGEFIND_RANKING } from '../lib/search-ranking';
import { CARDS_FILE, cardFromFragment, inCategories, parseCards, type ResultCard, type ResultCards } from '../lib/search-cards';

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
  /** Matches per category id, before the category filter. */
  categories: Record<string, number>;
}

/**
 * Results scoring below this share of the best are left out (see `withoutWeak`). At 0.05 a query
 * keeps about five results on average and no expected article was lost in `npm run eval:search`.
 */
const MIN_SHARE_OF_BEST = 0.05;

/** Where the build writes the index (src/integrations/pagefind.ts). */
const BUNDLE = '/pagefind/';

interface Engine {
  pf: Pagefind;
  cards: ResultCards;
  pageCount: number;
}
let engine: Promise<Engine> | undefined;

async function loadCards(): Promise<ResultCards> {
  try {
    const response = await fetch(`${BUNDLE}${CARDS_FILE}`, { cache: 'no-cache' });
    return response.ok ? parseCards(await response.json()) : {};
  } catch {
    return {}; // results then fall back to Pagefind's fragments
  }
}

async function loadPagefind(): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
  // noWorker: Pagefind would otherwise download a 12 KB worker script to run searches off the
  // main thread. A search takes a few milliseconds here (tens at 10,000 articles, see
  // bench/RESULTS.md): too short to hold up typing.
  await pf.options({ ranking: PAGEFIND_RANKING, noWorker: true });
  await pf.init();
  return pf;
}

/** Loads Pagefind and the result cards once; a failure lets the next search try again. */
export function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([loadPagefind(), loadCards()])
    .then(async ([pf, cards]) => {
      const counts = (await pf.filters())['category'] ?? {};
      return { pf, cards, pageCount: Object.values(counts).reduce((a, b) => a + b, 0) };
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
  /** Category ids to keep (Pagefind's category filter); empty or absent for all. */
  categories?: readonly string[];
  /** How many results to return. */
  limit?: number;
  /**
   * Excerpts from the indexed text around the matched words (one Pagefind fragment per result);
   * without, the excerpt is the article's description, from the cards.
   */
  fullExcerpts?: boolean;
}

/**
 * The plan's Pagefind searches, staged (src/lib/search-run.ts: the fallbacks only when the whole
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

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const queryPlan = plan(query);
  if (queryPlan.searches.length === 0) return { plan: queryPlan, results: [], total: 0, categories: {} };
  const { pf, cards, pageCount } = await loadEngine();
  const all = await runPlan(pf, queryPlan, pageCount);
  const chosen = options.categories ?? [];
  // A category narrows the whole query's ranking; Pagefind's filter only when a card is missing.
  const inChosen = chosen.length ? inCategories(all.ranked, cards, chosen) : all.ranked;
  const narrowed = inChosen ? { ranked: inChosen, byId: all.byId } : await runPlan(pf, queryPlan, pageCount, chosen);

  const cardOf = async (id: string): Promise<ResultCard> => {
    const known = cards[id];
    if (known) return known;
    const hit = narrowed.byId.get(id) ?? all.byId.get(id);
    return cardFromFragment(await hit!.data());
  };
  const categories: Record<string, number> = {};
  for (const { id } of all.ranked) {
    const card = cards[id];
    if (card) categories[card.categoryId] = (categories[card.categoryId] ?? 0) + 1;
  }

  const top = narrowed.ranked.slice(0, options.limit ?? 10);
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
