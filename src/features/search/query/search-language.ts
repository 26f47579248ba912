/**
 * Whether a query is written in Latin letters: what a Chinese page takes as a sign that the reader
 * may read English better, and offers the English articles too.
 *
 * Standalone on purpose (no import from search-text.ts): the search page and the header load this
 * module, and a shared import here splits the result-rendering chunk, adding bytes before any
 * interaction (tests/dist/site.test.ts budgets them).
 */

const LATIN_LETTER = /\p{Script=Latin}/u;
/** A letter of any other script: Han, kana, Cyrillic… */
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** True for a query with Latin letters and no letter of another script: "wechat pay failed", "visa", "96110 scam". */
export function isLatinQuery(query: string): boolean {
  return LATIN_LETTER.test(query) && !OTHER_LETTER.test(query);
}
