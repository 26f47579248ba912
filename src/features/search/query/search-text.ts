/**
 * Text handling shared by the index build and the browser: one normaliser and one segmenter, so
 * that a word written by an author and the same word typed by a reader end up identical.
 */

/** Longest query we work with; a pasted error text fits, a pasted article does not. */
export const MAX_QUERY_LENGTH = 120;

const HAN = /\p{Script=Han}/u;
/**
 * A character of a Latin word: any Latin-script letter (accented and full-width ones too) or any
 * decimal digit. Chinese has no word boundaries to respect; Latin words and numbers do.
 */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;
const LATIN_OR_DIGIT = new RegExp(`^${WORD_CHAR.source}+$`, 'u');

/**
 * Folds what readers type into one form: full-width letters, digits and spaces become half-width
 * (NFKC), Latin letters lowercase, punctuation and symbols become spaces, runs of spaces collapse.
 * 帐 (a common variant of 账) is folded too, because readers type both.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/帐/g, '账')
    .replace(/['’]/g, '')
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** `normalizeText`, cut to the longest query we work with. */
export function normalizeQuery(raw: string): string {
  return normalizeText(raw).slice(0, MAX_QUERY_LENGTH).trim();
}

/** True when the string contains a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** True for a run of Latin letters and/or digits (an English word, a number). */
export function isLatinOrDigits(text: string): boolean {
  return LATIN_OR_DIGIT.test(text);
}

/**
 * Whether `term`, found in `text` at `start`, stands there as a whole word: a term that starts
 * (or ends) with a Latin letter or digit must not continue a longer Latin word or number on that
 * side, so "pay" is not in "payment" nor "110" in "96110". Chinese terms match anywhere. Synonym
 * matching and the marking of matched words both use this, so what is found is what is marked.
 */
export function isWholeWord(text: string, start: number, term: string): boolean {
  const end = start + term.length;
  if (WORD_CHAR.test(term[0] ?? '') && start > 0 && WORD_CHAR.test(text[start - 1]!)) return false;
  if (WORD_CHAR.test(term[term.length - 1] ?? '') && end < text.length && WORD_CHAR.test(text[end]!)) return false;
  return true;
}

let segmenter: Intl.Segmenter | undefined;

/** The one `Intl.Segmenter` (zh-CN, by word) the build and the browser cut text with. */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return segmenter;
}

/**
 * The words of `text` as `Intl.Segmenter` (zh-CN) sees them, punctuation and spaces dropped.
 * Pagefind segments the query with the same segmenter in the browser and the page text with the
 * same ICU dictionary at build time, so pieces cut here line up with words in the index.
 */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter().segment(text)) {
    if (isWordLike) words.push(segment);
  }
  return words;
}

/** Unique values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
