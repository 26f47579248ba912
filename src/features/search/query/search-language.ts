/**
 * Whether a query is written in Latin letters: what a Chinese page takes as a sign that the reader
 * may read English better, and offers the English articles too.
 */
import { hasHan } from './search-text';

const LATIN_LETTER = /\p{Script=Latin}/u;

/** True for a query with Latin letters and no Chinese character: "wechat pay failed", "visa", "96110 scam". */
export function isLatinQuery(query: string): boolean {
  return LATIN_LETTER.test(query) && !hasHan(query);
}
