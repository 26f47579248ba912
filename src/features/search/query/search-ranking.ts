import { SEARCH_META_FIELDS } from '../build/search-index-terms';

/**
 * Pagefind ranking options for this site, tuned with `npm run eval:search`. The hidden, segmented
 * fields carry the weight. The documents index no display text (search-document.ts sets an empty
 * title); `title` stays at 0 so that a title Pagefind might take from the h1 again (its default
 * when none is set) is one unsegmented "word" that never scores, or a query that happens to start
 * like a title would jump ahead.
 */
export const PAGEFIND_RANKING = {
  metaWeights: {
    title: 0,
    [SEARCH_META_FIELDS.titleTerms]: 6,
    [SEARCH_META_FIELDS.keywordTerms]: 4,
    [SEARCH_META_FIELDS.errorTerms]: 8,
    [SEARCH_META_FIELDS.descriptionTerms]: 1.5,
    [SEARCH_META_FIELDS.expandedTerms]: 2,
    [SEARCH_META_FIELDS.bodyTerms]: 1,
  },
} as const;
