/**
 * The search page's line "已按“绑定”搜索。" with a link that searches exactly what was typed.
 * Loaded with the search engine (which re-exports it), so the page's own script stays within its
 * size budget. Text goes in as text only: a query is never inserted as HTML.
 */
import type { ClientT } from '../../../i18n/client';

export function showInstead(line: HTMLElement, searched: string | undefined, typed: string, t: ClientT) {
  line.hidden = !searched;
  if (!searched) return;
  const text = line.querySelector('[data-instead-text]');
  const link = line.querySelector<HTMLAnchorElement>('[data-instead-link]');
  if (text) text.textContent = `${t('search.searchedInstead', { q: searched })}。`;
  if (link) {
    link.textContent = t('search.searchTyped', { q: typed });
    // A new search from the page's field replaces the address without exact=1.
    link.href = `${location.pathname}?${new URLSearchParams({ q: typed, exact: '1' }).toString()}`;
  }
}
