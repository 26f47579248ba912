/**
 * Marks the searched words on an article opened from a search result (?highlight=…). Only whole
 * terms of two or more characters, only inside the article body, text nodes only (no HTML is
 * parsed, so a crafted link cannot inject markup).
 */
import { highlightTermsFromSearch, splitMarks } from '../query/search-highlight';

// The table of contents is navigation; hidden elements are not read.
const SKIP = 'script, style, mark, nav, [hidden]';

function highlight(root: Element, terms: readonly string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const pieces = splitMarks(node.data, terms);
    if (!pieces.some((p) => p.marked)) continue;
    const fragment = document.createDocumentFragment();
    for (const piece of pieces) {
      if (piece.marked) {
        const mark = document.createElement('mark');
        mark.className = 'search-mark';
        mark.textContent = piece.text;
        fragment.append(mark);
      } else fragment.append(piece.text);
    }
    node.replaceWith(fragment);
  }
}

const terms = highlightTermsFromSearch(location.search);
const body = document.querySelector('main article');
if (body && terms.length) highlight(body, terms);
