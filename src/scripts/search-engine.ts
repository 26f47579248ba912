/**
 * The site's search, in the browser: plans the query (src/lib/search-query.ts), runs the planned
 * Pagefind searches, merges them (src/lib/search-merge.ts) and loads what a result shows. Loaded
 * only when a reader starts to search; the header field, the search page and the evaluation script
 * all go through `search()`.
 */
import data from '../../content/search-synonyms.json';
import { compileVocabulary } from '../lib/search-synonyms';
import { planQuery, type QueryPlan } from '../lib/search-query';
import { mergeRuns } from '../lib/search-merge';
import { excerptAround, withHighlight } from '../lib/search-highlight';
import { PAGEFIND_RANKING } from '../lib/search-ranking';

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
  search(q: string, o?: object): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchResult {
  id: string;
  /** Article URL with the terms to mark on it. */
  href: string;
  /** Article URL without parameters. */
  url: string;
  title: string;
  /** Category name as shown, and id as filtered. */
  category: string;
  categoryId: string;
  excerpt: string;
  score: number;
}

export interface SearchResponse {
  plan: QueryPlan;
  results: SearchResult[];
  /** How many articles matched in all, before `limit`. */
  total: number;
}

/** Where the index lives; the build writes it there (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pf.options({ ranking: PAGEFIND_RANKING });
    await pf.init();
    return pf;
  })().catch((error: unknown) => {
    // Let the next search try again (a dropped connection on a phone is common).
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

export function plan(query: string): QueryPlan {
  return planQuery(query, vocabulary);
}

export function suggestions(): readonly string[] {
  return vocabulary.suggestions;
}

export interface SearchOptions {
  /** Category ids to keep; empty or absent for all. */
  categories?: readonly string[];
  /** How many results to load for display. */
  limit?: number;
}

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const queryPlan = plan(query);
  if (queryPlan.searches.length === 0) return { plan: queryPlan, results: [], total: 0 };
  const pf = await loadPagefind();
  const filters = options.categories?.length ? { category: { any: [...options.categories] } } : {};
  const runs = await Promise.all(
    queryPlan.searches.map(async ({ query: q, weight }) => {
      const response = await pf.search(q, { filters });
      return { weight, results: response?.results ?? [] };
    }),
  );
  const byId = new Map<string, PagefindResult>();
  for (const run of runs) for (const r of run.results) if (!byId.has(r.id)) byId.set(r.id, r);
  const ranked = mergeRuns(runs.map((run) => ({ weight: run.weight, hits: run.results })));
  const top = ranked.slice(0, options.limit ?? 10);
  const results = await Promise.all(
    top.map(async ({ id, score }) => {
      const fragment = await byId.get(id)!.data();
      const url = fragment.url.replace(/[?#].*$/, '');
      const title = fragment.meta['title'] ?? url;
      const body = fragment.content.startsWith(title) ? fragment.content.slice(title.length) : fragment.content;
      return {
        id,
        url,
        href: withHighlight(url, queryPlan.highlight),
        title,
        category: fragment.meta['category'] ?? '',
        categoryId: fragment.filters['category']?.[0] ?? '',
        excerpt: excerptAround(body, queryPlan.highlight) || (fragment.meta['description'] ?? ''),
        score,
      };
    }),
  );
  return { plan: queryPlan, results, total: ranked.length };
}
