/**
 * <search-page>: the /search/?q=… page. Reads the query (and an optional category) from the URL, so
 * a search can be shared and the back button brings it back; shows results best first in
 * #search-results, with aria-busy while searching; category chips, each with its count, narrow the
 * query's ranking to one category (search-engine.ts); with no results, shows other words to try,
 * popular articles and the official channels (rendered at build time, only revealed here).
 */
import type { SearchResult } from './search-engine';
import { resultItem } from './search-render';
import { onTyped } from './typing';
import { readUi, type ClientT } from '../../../i18n/client';

/** Results loaded per page; "more" loads the next batch. */
const PAGE_SIZE = 20;
/** Searching while typing waits for a pause; a submit searches at once. */
const TYPING_DEBOUNCE_MS = 250;

interface State {
  q: string;
  category: string;
}

function stateFromUrl(): State {
  const params = new URLSearchParams(location.search);
  return { q: (params.get('q') ?? '').trim(), category: params.get('category') ?? '' };
}

function urlFor({ q, category }: State): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

class SearchPage extends HTMLElement {
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  /** The link to the urgent-help page, shown above the results of a query that sounds like an emergency. */
  #urgent!: HTMLElement;
  #filters!: HTMLElement;
  #empty!: HTMLElement;
  #more!: HTMLButtonElement;
  /** "已按…搜索" and a link to search exactly what was typed (`exact=1`), shown by search-instead.ts. */
  #instead!: HTMLElement;
  #state: State = { q: '', category: '' };
  #limit = PAGE_SIZE;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #siteTitle = document.title;
  #t: ClientT = (key) => key;

  connectedCallback() {
    this.#t = readUi(this);
    const q = <T extends Element>(selector: string) => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`search page: ${selector} is missing`);
      return found;
    };
    this.#input = q<HTMLInputElement>('input[name="q"]');
    this.#results = q<HTMLOListElement>('#search-results');
    this.#status = q<HTMLElement>('#search-status');
    this.#urgent = q<HTMLElement>('[data-urgent]');
    this.#filters = q<HTMLElement>('[data-filters]');
    this.#empty = q<HTMLElement>('[data-empty]');
    this.#more = q<HTMLButtonElement>('[data-more]');
    this.#instead = q<HTMLElement>('[data-instead]');

    q<HTMLFormElement>('form').addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#timer);
      this.#go({ q: this.#input.value.trim(), category: '' }, 'push');
    });
    const typed = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#go({ q: this.#input.value.trim(), category: '' }, 'replace'), TYPING_DEBOUNCE_MS);
    };
    onTyped(this.#input, typed);
    this.#filters.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-category]') : null;
      if (!button) return;
      const chosen = button.dataset['category'] ?? '';
      // Pressing the chosen category again goes back to all categories.
      this.#go({ q: this.#state.q, category: chosen === this.#state.category ? '' : chosen }, 'replace');
    });
    this.#more.addEventListener('click', () => {
      this.#limit += PAGE_SIZE;
      void this.#run();
    });
    window.addEventListener('popstate', () => this.#go(stateFromUrl(), 'none'));
    this.#go(stateFromUrl(), 'none');
  }

  #go(state: State, history: 'push' | 'replace' | 'none') {
    const changedQuery = state.q !== this.#state.q;
    this.#state = state;
    if (changedQuery) this.#limit = PAGE_SIZE;
    if (this.#input.value.trim() !== state.q) this.#input.value = state.q;
    const url = urlFor(state);
    if (history === 'push' && url !== location.pathname + location.search) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    document.title = state.q ? `${state.q} - ${this.#siteTitle}` : this.#siteTitle;
    void this.#run();
  }

  async #run() {
    const { q, category } = this.#state;
    const sequence = ++this.#sequence;
    this.#results.setAttribute('aria-busy', 'true');
    this.#instead.hidden = true;
    if (!q) {
      this.#results.replaceChildren();
      this.#status.textContent = this.#t('search.empty');
      this.#filters.hidden = true;
      this.#empty.hidden = true;
      this.#more.hidden = true;
      this.#results.setAttribute('aria-busy', 'false');
      return;
    }
    this.#status.textContent = this.#t('search.searching');
    try {
      // The engine loads only once there is something to search for.
      const { search, showInstead } = await import('./search-engine');
      const shown = await search(q, { limit: this.#limit, categories: category ? [category] : [], fullExcerpts: true, counts: true, exact: new URLSearchParams(location.search).get('exact') === '1' });
      if (sequence !== this.#sequence) return;
      showInstead(this.#instead, shown.searchedInstead, q, this.#t);
      this.#renderFilters(shown.categories, category);
      this.#renderResults(shown.results, shown.plan.highlight);
      this.#urgent.hidden = !shown.plan.urgent;
      // The chip's name without its count.
      const name = this.#filters.querySelector<HTMLElement>(`button[data-category="${CSS.escape(category)}"]`)?.dataset['name'] ?? '';
      this.#status.textContent =
        shown.total === 0
          ? this.#t('search.none', { q })
          : category
            ? this.#t('search.foundIn', { n: shown.total, category: name })
            : this.#t('search.found', { n: shown.total });
      this.#more.hidden = shown.results.length >= shown.total;
      this.#empty.hidden = shown.total > 0;
    } catch {
      if (sequence !== this.#sequence) return;
      this.#results.replaceChildren();
      this.#status.textContent = this.#t('search.failed');
      this.#more.hidden = true;
      this.#empty.hidden = false;
    }
    this.#results.setAttribute('aria-busy', 'false');
  }

  /** Chips for the categories the results fall in, each with its count; the chosen one pressed. */
  #renderFilters(counts: Record<string, number>, category: string) {
    let visible = 0;
    for (const button of this.#filters.querySelectorAll<HTMLButtonElement>('button[data-category]')) {
      const id = button.dataset['category'] ?? '';
      const count = id ? (counts[id] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
      button.setAttribute('aria-pressed', String(id === category));
      button.hidden = id !== '' && id !== category && count === 0;
      const label = button.querySelector('[data-count]');
      if (label) label.textContent = String(count);
      if (id && !button.hidden) visible++;
    }
    // One category only: nothing to narrow.
    this.#filters.hidden = visible < 2 && !category;
  }

  #renderResults(results: SearchResult[], terms: readonly string[]) {
    this.#results.replaceChildren(...results.map((result) => resultItem(result, terms, 'page')));
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
