/**
 * The hidden search terms each article carries into the Pagefind index. Pagefind splits metadata on
 * spaces only, so a Chinese title would be one long word that no query matches; these fields are
 * cut into words here (with the same ICU segmenter the query goes through) and carry the synonyms
 * of the words they contain, so a reader's word finds the page even when the author used another.
 */
import type { ArticleData } from '../../../content/schemas/article.ts';
import { expandWithSynonyms, type Vocabulary } from '../query/search-synonyms.ts';
import { bodyWords } from './search-digest.ts';
import { hasHan, normalizeText, segmentWords, unique } from '../query/search-text.ts';

/** Metadata field names and their ranking weights (Pagefind `ranking.metaWeights`). */
export const SEARCH_META_FIELDS = {
  /** The title, cut into words. */
  titleTerms: 'title_terms',
  /** `keywords` frontmatter, cut into words. */
  keywordTerms: 'keyword_terms',
  /** `errors` frontmatter (error texts the app shows), cut into words. */
  errorTerms: 'error_terms',
  /** The description, cut into words. */
  descriptionTerms: 'description_terms',
  /**
   * All of the above plus the synonyms of their words (content/search-synonyms.json), weighted
   * lower: a page that says 冻结 is found by 封号 and by "frozen", without outranking a page that
   * says 封号 itself. One field for all, so a query whose words are spread over title and synonyms
   * still counts as fully covered.
   */
  expandedTerms: 'expanded_terms',
  /** Every word of the body, once (see search-digest.ts). */
  bodyTerms: 'body_terms',
} as const;

export type IndexableArticle = Pick<ArticleData, 'title' | 'description' | 'keywords' | 'errors'> & {
  /** The Markdown/MDX source of the body. */
  body: string;
};

export type SearchMeta = Record<(typeof SEARCH_META_FIELDS)[keyof typeof SEARCH_META_FIELDS], string>;

/** The words of some phrases, each cut by the segmenter (Latin words as they are), without repeats. */
export function wordsOf(phrases: readonly string[]): string[] {
  const words: string[] = [];
  for (const phrase of phrases) {
    for (const piece of normalizeText(phrase).split(' ')) {
      if (hasHan(piece)) words.push(...segmentWords(piece));
      else if (piece) words.push(piece);
    }
  }
  return unique(words);
}

/**
 * Hidden fields of one article. Space-separated and without repeats: Pagefind splits metadata on
 * spaces only, and counts whether a field holds a query word, not how often.
 */
export function searchMetaFor(article: IndexableArticle, vocab: Vocabulary): SearchMeta {
  const own = [article.title, article.description, ...article.keywords, ...article.errors];
  return {
    [SEARCH_META_FIELDS.titleTerms]: wordsOf([article.title]).join(' '),
    [SEARCH_META_FIELDS.keywordTerms]: wordsOf(article.keywords).join(' '),
    [SEARCH_META_FIELDS.errorTerms]: wordsOf(article.errors).join(' '),
    [SEARCH_META_FIELDS.descriptionTerms]: wordsOf([article.description]).join(' '),
    [SEARCH_META_FIELDS.expandedTerms]: wordsOf([...own, ...expandWithSynonyms(own, vocab)]).join(' '),
    [SEARCH_META_FIELDS.bodyTerms]: bodyWords(article.body),
  } as SearchMeta;
}
