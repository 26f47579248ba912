/**
 * <search-combobox>: results under a search field while the reader types, as an ARIA 1.2 combobox
 * with a listbox popup. Arrow keys move through results (aria-activedescendant keeps focus in the
 * field), Enter opens the active result or, with none active, submits the form to /search/, Escape
 * closes the list and a second Escape clears the field. Loaded by search-loader.ts on first focus.
 * It searches in the page's language; on a Chinese page a query in Latin letters also lists the
 * best English articles, after the Chinese ones (search-languages.ts).
 */
import type { SearchResult } from './search-engine';
import { searchWithOffer, type Offer } from './search-languages';
import { engineFor, pageSearchLang } from './search-engines';
import { el, resultItem } from './search-render';
import { onTyped } from './typing';
import { loadUi } from '../../../i18n/load-ui';
import { URGENT_HREF } from '../../urgent/urgent';

/** Wait this long after the last keystroke; long enough to skip the middle of a word being typed. */
export const DEBOUNCE_MS = 150;
/** Results shown under the field; the search page shows the rest. */
const MAX_OPTIONS = 5;
/** English results offered under a Latin query on a Chinese page. */
const OTHER_LANGUAGE_OPTIONS = 3;

// The engine and the results' interface text (in the page's language, not carried by every page)
// load side by side as soon as this module runs, on the field's first focus: the strings hold up
// the element only for their own small request, never the engine. A failure to load the engine
// (offline) shows at the search; not loading from search-loader.ts alongside this module: a path to
// the engine that skips this module would split the result-rendering chunk and add bytes to the
// search page before any interaction.
engineFor(pageSearchLang()).catch(() => undefined);
const t = await loadUi('search');

let instances = 0;

/** Key of the last option, the search page. */
const ALL = '/search/';

class SearchCombobox extends HTMLElement {
  #input!: HTMLInputElement;
  #listbox!: HTMLUListElement;
  #status!: HTMLParagraphElement;
  /** `key`: the article's address, or ALL for the last option (its href changes with the query). */
  #options: { node: HTMLLIElement; href: string; key: string }[] = [];
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;
  #lastQuery = '';

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input || this.#listbox) return;
    this.#input = input;
    const id = `search-listbox-${++instances}`;
    this.#listbox = el('ul', 'search-listbox');
    this.#listbox.id = id;
    this.#listbox.setAttribute('role', 'listbox');
    this.#listbox.setAttribute('aria-label', t('search.results'));
    this.#listbox.hidden = true;
    this.#status = el('p', 'sr-only');
    this.#status.setAttribute('role', 'status');
    this.append(this.#listbox, this.#status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    onTyped(input, () => this.#schedule());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    input.addEventListener('focus', () => {
      if (this.#options.length && input.value.trim()) this.#open();
    });
    // Close when focus leaves the whole widget (a click on an option keeps focus, see below).
    this.addEventListener('focusout', (e) => {
      if (!(e.relatedTarget instanceof Node && this.contains(e.relatedTarget))) this.#close();
    });
    // Keep focus in the field while an option is clicked, so the click lands.
    this.#listbox.addEventListener('mousedown', (e) => e.preventDefault());
    this.#listbox.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest('[role="option"]') : null;
      const found = this.#options.find((o) => o.node === option);
      if (found) location.assign(found.href);
    });
    // The reader may have typed while this module was loading.
    if (document.activeElement === input && input.value.trim()) this.#schedule(0);
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  async #run() {
    const query = this.#input.value.trim();
    const sequence = ++this.#sequence;
    if (!query) {
      this.#lastQuery = '';
      this.#render([], 0, '', []);
      return;
    }
    if (query === this.#lastQuery && this.#options.length) {
      this.#open();
      return;
    }
    performance.mark('help-search:issued');
    try {
      const { own, offer } = searchWithOffer(query, { limit: MAX_OPTIONS }, OTHER_LANGUAGE_OPTIONS);
      const response = await own;
      if (sequence !== this.#sequence) return; // a newer query is on its way
      this.#lastQuery = query;
      const show = (extra?: Offer) =>
        this.#render(
          response.results,
          response.total,
          query,
          response.plan.highlight,
          response.plan.urgent,
          extra,
          response.searchedInstead,
        );
      show();
      // The other language's articles join the list when their index has loaded.
      const offered = await offer;
      if (offered?.response.results.length && sequence === this.#sequence) show(offered);
    } catch {
      if (sequence !== this.#sequence) return;
      this.#status.textContent = t('search.failed');
      this.#close();
    }
    performance.measure('help-search', 'help-search:issued');
  }

  #render(
    results: SearchResult[],
    total: number,
    query: string,
    terms: readonly string[],
    urgent = false,
    extra?: Offer,
    instead?: string,
  ) {
    // A search can finish while the reader is already choosing with the arrow keys (the one for
    // what was typed while the search code loaded, then the one for the whole query): their choice
    // stays chosen if it is still listed.
    const chosen = this.#active >= 0 && !this.#listbox.hidden ? this.#options[this.#active]?.key : undefined;
    this.#listbox.replaceChildren();
    this.#options = [];
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    if (!query) {
      this.#status.textContent = '';
      this.#close();
      return;
    }
    // First option when money may be at risk now: the urgent-help page.
    if (urgent) {
      const help = el('li', 'search-option search-option-all search-option-urgent', t('urgent.searchLink'));
      help.id = `${this.#listbox.id}-urgent`;
      help.setAttribute('role', 'option');
      help.setAttribute('aria-selected', 'false');
      this.#listbox.append(help);
      // The page's own urgent-help page (/urgent/ or /en/urgent/), written by SearchForm.astro.
      const href = this.dataset['urgent'] ?? URGENT_HREF;
      this.#options.push({ node: help, href, key: URGENT_HREF });
    }
    // The query was read as other words (Traditional, pinyin, a slip): say so, and offer the
    // search page with exactly what was typed. Both go in as text, never as HTML.
    if (instead) {
      const line = el('li', 'search-option search-option-all search-option-instead', t('search.searchedInstead', { q: instead }));
      line.append(' ', el('span', 'link', t('search.searchTyped', { q: query })));
      line.id = `${this.#listbox.id}-instead`;
      line.setAttribute('role', 'option');
      line.setAttribute('aria-selected', 'false');
      this.#listbox.append(line);
      const page = this.querySelector('form')?.getAttribute('action') ?? ALL;
      const href = `${page}?${new URLSearchParams({ q: query, exact: '1' }).toString()}`;
      this.#options.push({ node: line, href, key: href });
    }
    const listed = [
      ...results.map((result) => ({ result, marks: terms, lang: '' })),
      ...(extra?.response.results ?? []).map((result) => ({ result, marks: extra!.response.plan.highlight, lang: extra!.lang })),
    ];
    listed.forEach(({ result, marks, lang }, i) => {
      const option = resultItem(result, marks, 'option');
      option.id = `${this.#listbox.id}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      // An English article offered on a Chinese page is read in English.
      if (lang) option.lang = lang;
      this.#listbox.append(option);
      this.#options.push({ node: option, href: result.href, key: result.url });
    });
    const found = total + (extra?.response.total ?? 0);
    // Last option: the search page, with every result, filters, or suggestions when none matched.
    const all = el('li', 'search-option search-option-all link', found > 0 ? t('search.seeAll', { n: found }) : t('search.seeSuggestions'));
    all.id = `${this.#listbox.id}-all`;
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    this.#listbox.append(all);
    // The form's own action: /search/ on a Chinese page, /en/search/ on an English one.
    const page = this.querySelector('form')?.getAttribute('action') ?? ALL;
    this.#options.push({ node: all, href: `${page}?${new URLSearchParams({ q: query }).toString()}`, key: ALL });
    this.#status.textContent = found > 0 ? t('search.found', { n: found }) : t('search.none', { q: query });
    if (document.activeElement === this.#input) this.#open();
    const keep = chosen === undefined ? -1 : this.#options.findIndex((o) => o.key === chosen);
    if (keep >= 0 && !this.#listbox.hidden) this.#move(keep);
  }

  #onKey(e: KeyboardEvent) {
    if (e.isComposing) return; // an input method is still composing Chinese characters
    const open = !this.#listbox.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) this.#open();
        this.#move(this.#active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) this.#open();
        this.#move(this.#active < 0 ? this.#options.length - 1 : this.#active - 1);
        break;
      case 'Enter':
        if (open && this.#active >= 0) {
          e.preventDefault();
          location.assign(this.#options[this.#active]!.href);
        }
        // Otherwise the form submits to /search/?q=… as it does without JavaScript.
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          this.#close();
        } else if (this.#input.value) {
          e.preventDefault();
          this.#input.value = '';
          this.#render([], 0, '', []);
        }
        break;
    }
  }

  #move(index: number) {
    if (this.#options.length === 0) return;
    const count = this.#options.length;
    this.#active = ((index % count) + count) % count;
    this.#options.forEach(({ node }, i) => node.setAttribute('aria-selected', String(i === this.#active)));
    const current = this.#options[this.#active]!.node;
    this.#input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  #open() {
    if (this.#options.length === 0) return;
    this.#listbox.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.#listbox.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#options.forEach(({ node }) => node.setAttribute('aria-selected', 'false'));
    this.#active = -1;
  }
}

if (!customElements.get('search-combobox')) customElements.define('search-combobox', SearchCombobox);
