/** Browser: building elements with text, never HTML, for every script that adds markup to a page. */

/** An element with classes and optional text (set as textContent, so a reader's query stays text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
