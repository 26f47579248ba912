/**
 * Marks the searched words on an article opened from a search result (?highlight=…). Only whole
 * terms of two or more characters, only inside the article body, text nodes only (no HTML is
 * parsed, so a crafted link cannot inject markup).
 */
import { highlightTermsFromSearch } from '../query/search-highlight';
import { appendMarked } from './search-render';

// The table of contents is navigation; hidden elements are not read.
const SKIP = 'script, style, mark, nav, [hidden]';

function highlight(root: Element, terms: readonly string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const fragment = document.createDocumentFragment();
    if (appendMarked(fragment, node.data, terms)) node.replaceWith(fragment);
  }
}

const terms = highlightTermsFromSearch(location.search);
const body = document.querySelector('main article');
if (body && terms.length) highlight(body, terms);
