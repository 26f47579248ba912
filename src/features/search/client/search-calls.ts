/**
 * Calls to the search worker (search-worker.ts) and their answers, matched by id: a pure module, so
 * the matching is unit-tested without a worker. Each call is one promise; an answer settles the
 * call with its id, and `failAll` settles every call still waiting (the worker could not start).
 */
import type { SearchLang } from '../query/search-bundles';
import type { SearchOptions, SearchResponse } from './search-engine';

/** What the page asks the worker: one search in one language's engine. */
export interface SearchCall {
  id: number;
  lang: SearchLang;
  query: string;
  options: SearchOptions;
  /**
   * The page's <html lang>: Pagefind reads its language from the document, which a worker has not
   * (search-worker.ts shows it this one).
   */
  pageLang: string;
}

/** The worker's answer to call `id`: its response, or why it failed. */
export type SearchAnswer = { id: number; response: SearchResponse } | { id: number; error: string };

export interface SearchCalls {
  /** Sends a call through `post` and waits for its answer. */
  call(request: Omit<SearchCall, 'id'>): Promise<SearchResponse>;
  /** Settles the call an answer is for; an answer to no waiting call is ignored. */
  answer(answer: SearchAnswer): void;
  /** Settles every waiting call with `settle` (for example by searching on the page instead). */
  failAll(settle: (request: Omit<SearchCall, 'id'>) => Promise<SearchResponse>): void;
}

export function createSearchCalls(post: (call: SearchCall) => void): SearchCalls {
  let next = 0;
  const waiting = new Map<
    number,
    { request: Omit<SearchCall, 'id'>; resolve: (r: SearchResponse) => void; reject: (e: unknown) => void }
  >();
  return {
    call(request) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { request, resolve, reject });
        post({ ...request, id });
      });
    },
    answer(answer) {
      const call = waiting.get(answer.id);
      if (!call) return;
      waiting.delete(answer.id);
      if ('error' in answer) call.reject(new Error(answer.error));
      else call.resolve(answer.response);
    },
    failAll(settle) {
      const calls = [...waiting.values()];
      waiting.clear();
      for (const { request, resolve, reject } of calls) settle(request).then(resolve, reject);
    },
  };
}
