/** Helpers for tests that open the search page (/search/?q=…). */
import { expect, type Page } from '@playwright/test';
import { ui } from '../src/i18n/zh-CN';
import { ui as en } from '../src/i18n/en';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a UI string with `{name}` placeholders: numbers where `n` stands, anything elsewhere. */
export function uiPattern(key: keyof typeof ui): RegExp {
  const source = escape(ui[key]).replace(/\\\{(\w+)\\\}/g, (_, name: string) => (name === 'n' ? '\\d+' : '.+'));
  return new RegExp(`^${source}$`);
}

/**
 * Waits until the search page has finished a search: its status says what it found (it is empty
 * before the page's script runs and says 正在搜索, or Searching on /en/search/, while it searches), and the list is no longer
 * busy. aria-busy alone is no signal: it is "false" before a search starts, too.
 */
export async function searchDone(page: Page) {
  // A first search loads Pagefind, its worker and index, the cards and the typing manifest: on a
  // busy 2-core machine that can take longer than the default 5 s.
  await expect(page.locator('#search-status')).not.toHaveText(
    new RegExp(`^$|${escape(ui['search.searching'])}|${escape(en['search.searching'])}`),
    { timeout: 15_000 },
  );
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

/** The result links on the search page, best first. */
export const resultLinks = (page: Page) => page.locator('#search-results > li a');

/** The search page's address for a query. */
export const searchHref = (q: string) => `/search/?q=${encodeURIComponent(q)}`;
