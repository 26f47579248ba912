import type { ui as zh } from './zh-CN.ts';

export const ui = {
  'search.results': 'Search results',
  'search.failed': 'Search is not working right now. Check your connection and try again, or choose an article below.',
  'search.seeAll': 'See all {n} results on the search page',
  'search.seeSuggestions': 'Nothing found. See suggestions on the search page',
  'search.found': '{n} articles found',
  'search.none': 'No articles found for “{q}”.',
  'search.searchedInstead': 'Showing results for “{q}”',
  'search.searchTyped': 'Search for “{q}” instead',
  'urgent.searchLink': 'Is your money at risk? Read urgent help first',
} as const satisfies Record<keyof typeof zh, string>;
