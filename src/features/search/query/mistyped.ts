/**
 * Whether a query looks like an IME slip, decided without any table, so that a well-typed query
 * rarely loads one (the respelling itself, src/features/search/query/respell.ts, loads with the
 * sounds table).
 */
import { segmentWords } from './search-text';
import { findSynonyms, type Vocabulary } from './search-synonyms';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Whether a query looks mistyped, decided without any table, so that a well-typed query rarely
 * loads one: a character is typed twice in a row (绑绑定), or, once the vocabulary's synonym terms
 * are set aside, the segmenter cuts a stretch into two or more single characters in a row that
 * are not stop words (帮|定, 退|宽, 银|卡). ICU also cuts some real words that way (绑|定), which
 * is why the synonym terms go first; the rest cost a table load and a search that changes nothing.
 */
export function looksMistyped(normalized: string, vocab: Vocabulary): boolean {
  let text = normalized;
  for (const m of findSynonyms(normalized, vocab).reverse()) text = `${text.slice(0, m.start)} ${text.slice(m.end)}`;
  const isStop = (w: string) => vocab.stopWords.has(w);
  for (const [run] of normalized.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.some((ch, i) => i > 0 && ch === chars[i - 1] && !isStop(ch))) return true;
  }
  for (const [run] of text.matchAll(HAN_RUN)) {
    let singles = 0;
    for (const word of segmentWords(run)) {
      singles = [...word].length === 1 && !isStop(word) ? singles + 1 : 0;
      if (singles >= 2) return true;
    }
  }
  return false;
}
