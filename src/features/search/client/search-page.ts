/**
 * <search-page>: the /search/?q=… page. Reads the query (and an optional category) from the URL, so
 * a search can be shared and the back button brings it back; shows results best first in
 * #search-results, with aria-busy while searching; category chips, each with its count, narrow the
 * query's ranking to one category (search-engine.ts); with no results, shows other words to try,
 * popular articles and the official channels (rendered at build time, only revealed here). It
 * searches in the page's language; on a Chinese page, a query in Latin letters also lists the best
 * English articles after the last Chinese result (search-languages.ts).
 */
import { resultItem } from './search-render';
import { onTyped } from './typing';
import { readUi, type ClientT } from '../../../i18n/client';

/** Results loaded per page; "more" loads the next batch. */
const PAGE_SIZE = 20;
/** Searching while typing waits for a pause; a submit searches at once. */
const TYPING_DEBOUNCE_MS = 250;
/** English results listed after the Chinese ones for a query in Latin letters. */
const OTHER_LANGUAGE_RESULTS = 3;

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
      const { searchWithOffer, showInstead } = await import('./search-languages');
      // exact=1 (the link under "已按…搜索"): search exactly what was typed.
      const exact = new URLSearchParams(location.search).get('exact') === '1';
      // Another language's articles are offered only without a category chosen.
      const { own, offer } = searchWithOffer(
        q,
        { limit: this.#limit, categories: category ? [category] : [], fullExcerpts: true, counts: true, exact },
        category ? 0 : OTHER_LANGUAGE_RESULTS,
      );
      const shown = await own;
      if (sequence !== this.#sequence) return;
      showInstead(this.#instead, shown.searchedInstead, q, this.#t);
      this.#renderFilters(shown.categories, category);
      this.#results.replaceChildren(...shown.results.map((result) => resultItem(result, shown.plan.highlight, 'page')));
      this.#urgent.hidden = !shown.plan.urgent;
      // The chip's name without its count.
      const name = this.#filters.querySelector<HTMLElement>(`button[data-category="${CSS.escape(category)}"]`)?.dataset['name'] ?? '';
      const report = (total: number) => {
        this.#status.textContent =
          total === 0
            ? this.#t('search.none', { q })
            : category
              ? this.#t('search.foundIn', { n: total, category: name })
              : this.#t('search.found', { n: total });
        this.#empty.hidden = total > 0;
      };
      report(shown.total);
      this.#more.hidden = shown.results.length >= shown.total;
      this.#results.setAttribute('aria-busy', 'false');
      // The other language's articles follow the last of ours (not between pages of them) when
      // their index has loaded, each read in its own language.
      const offered = shown.results.length >= shown.total ? await offer : undefined;
      if (!offered?.response.results.length || sequence !== this.#sequence) return;
      this.#results.append(
        ...offered.response.results.map((result) =>
          Object.assign(resultItem(result, offered.response.plan.highlight, 'page'), { lang: offered.lang }),
        ),
      );
      report(shown.total + offered.response.results.length);
      return;
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
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
