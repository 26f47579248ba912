/**
 * The hidden search terms each article carries into the Pagefind index. Pagefind splits metadata on
 * spaces only, so a Chinese title would be one long word that no query matches; these fields are
 * cut into words here (with the same ICU segmenter the query goes through) and carry the synonyms
 * of the words they contain, so a reader's word finds the page even when the author used another.
 */
import { expandWithSynonyms, type Vocabulary } from './search-synonyms';
import { bodyWords } from './search-digest';
import { hasHan, normalizeText, segmentWords, unique } from './search-text';

/** Metadata field names and their ranking weights (Pagefind `ranking.metaWeights`). */
export const SEARCH_META_FIELDS = {
  /** The title, cut into words, with the synonyms of the words in it. */
  titleTerms: 'title_terms',
  /** `keywords` and `errors` frontmatter, cut into words, with their synonyms. */
  keywordTerms: 'keyword_terms',
  /** The description and the synonyms of its words; a weaker signal than the title. */
  descriptionTerms: 'description_terms',
  /** Every word of the body, once (see search-digest.ts). */
  bodyTerms: 'body_terms',
} as const;

export interface IndexableArticle {
  title: string;
  description: string;
  keywords: readonly string[];
  errors: readonly string[];
  /** The Markdown/MDX source of the body. */
  body: string;
}

export type SearchMeta = Record<(typeof SEARCH_META_FIELDS)[keyof typeof SEARCH_META_FIELDS], string>;

/**
 * Words for one metadata field: each phrase cut into ICU words (Latin words as they are), plus the
 * synonyms found in the phrases, cut the same way. Space-separated and without repeats: Pagefind
 * counts whether a field holds a query word, not how often.
 */
export function termsFor(phrases: readonly string[], vocab: Vocabulary): string {
  const words: string[] = [];
  const add = (phrase: string) => {
    const text = normalizeText(phrase);
    for (const piece of text.split(' ')) {
      if (hasHan(piece)) words.push(...segmentWords(piece));
      else if (piece) words.push(piece);
    }
  };
  phrases.forEach(add);
  expandWithSynonyms(phrases, vocab).forEach(add);
  return unique(words).join(' ');
}

export function searchMetaFor(article: IndexableArticle, vocab: Vocabulary): SearchMeta {
  return {
    [SEARCH_META_FIELDS.titleTerms]: termsFor([article.title], vocab),
    [SEARCH_META_FIELDS.keywordTerms]: termsFor([...article.keywords, ...article.errors], vocab),
    [SEARCH_META_FIELDS.descriptionTerms]: termsFor([article.description], vocab),
    [SEARCH_META_FIELDS.bodyTerms]: bodyWords(article.body),
  } as SearchMeta;
}
