/**
 * DOM building for search results. Every piece of text, the reader's query included, goes in as
 * text (createElement + textContent), never as HTML, so a query like <img onerror=…> stays text.
 */
import { splitMarks } from '../query/search-highlight';
import type { SearchResult } from './search-engine';

/**
 * Appends `text` to `parent`, wrapping each whole matched term in <mark class="search-mark">: the
 * one way matched words are marked, in results and on the opened article. Returns whether any
 * term was marked.
 */
export function appendMarked(parent: Node, text: string, terms: readonly string[]): boolean {
  let marked = false;
  for (const piece of splitMarks(text, terms)) {
    if (piece.marked) {
      parent.appendChild(el('mark', 'search-mark', piece.text));
      marked = true;
    } else {
      parent.appendChild(document.createTextNode(piece.text));
    }
  }
  return marked;
}

/** An element with classes and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A result in each place it is shown, with the same parts in the same order. In the header's list
 * a result is an ARIA option, which may not hold a link (the combobox follows the result's href
 * itself); on the search page its title is the link.
 */
const LAYOUTS = {
  option: {
    item: 'search-option',
    title: ['span', 'search-option-title accent'],
    category: ['span', 'search-option-category meta'],
    excerpt: ['span', 'search-option-excerpt secondary'],
  },
  page: {
    item: 'py-4',
    title: ['a', 'link text-lg font-medium'],
    category: ['p', 'mt-1 text-sm meta'],
    excerpt: ['p', 'mt-1 text-base secondary'],
  },
} as const;

/** A result as a list item: its title, its category, and its excerpt, the matched terms marked. */
export function resultItem(result: SearchResult, terms: readonly string[], layout: keyof typeof LAYOUTS): HTMLLIElement {
  const parts = LAYOUTS[layout];
  const title = el(parts.title[0], parts.title[1]);
  if (title instanceof HTMLAnchorElement) title.href = result.href;
  appendMarked(title, result.title, terms);
  const excerpt = el(parts.excerpt[0], parts.excerpt[1]);
  appendMarked(excerpt, result.excerpt, terms);
  const item = el('li', parts.item);
  item.append(title, el(parts.category[0], parts.category[1], result.category), excerpt);
  return item;
}
