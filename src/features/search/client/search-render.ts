/**
 * DOM building for search results. Every piece of text, the reader's query included, goes in as
 * text (createElement + textContent), never as HTML, so a query like <img onerror=…> stays text.
 */
import { splitMarks } from '../query/search-highlight';

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
