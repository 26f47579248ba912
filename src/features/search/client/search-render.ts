/**
 * DOM building for search results. Every piece of text, the reader's query included, goes in as
 * text (createElement + textContent), never as HTML, so a query like <img onerror=…> stays text.
 */
import { splitMarks } from '../query/search-highlight';

/** Appends `text` to `parent`, wrapping each whole matched term in <mark>. */
export function appendMarked(parent: Node, text: string, terms: readonly string[]): void {
  for (const piece of splitMarks(text, terms)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = piece.text;
      parent.appendChild(mark);
    } else {
      parent.appendChild(document.createTextNode(piece.text));
    }
  }
}

/** An element with classes and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
