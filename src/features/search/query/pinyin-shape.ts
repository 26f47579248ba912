/**
 * Whether a Latin word could be toneless pinyin, decided before any table is loaded (the reading
 * itself, src/features/search/query/pinyin-query.ts, loads with the sounds table).
 */

/**
 * The shape of a toneless pinyin syllable (initial, then final; ü typed v). Looser than the real
 * list (it allows "bua"), which only the sounds table holds: this decides, before any table is
 * loaded, whether a Latin word could be pinyin at all.
 */
const SYLLABLE =
  /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|ve|vn|a|o|e|i|u|v)$/;

/** Longest toneless syllable (zhuang, shuang). */
export const MAX_SYLLABLE = 6;

/** Whether `word` (lowercase letters) splits entirely into syllables `isSyllable` accepts. */
export function splitsIntoSyllables(word: string, isSyllable: (s: string) => boolean = (s) => SYLLABLE.test(s)): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const reachable = [true, ...Array<boolean>(word.length).fill(false)];
  for (let i = 0; i < word.length; i++) {
    if (!reachable[i]) continue;
    for (let l = 1; l <= MAX_SYLLABLE && i + l <= word.length; l++) if (isSyllable(word.slice(i, i + l))) reachable[i + l] = true;
  }
  return reachable[word.length]!;
}

/**
 * Whether a normalised query might be pinyin, decided without any table: it has a Latin word
 * that is not an English word of the vocabulary, and every such word has the shape of pinyin.
 * Only then does the browser load the sounds table.
 */
export function mightBePinyin(normalized: string, isEnglish: (word: string) => boolean): boolean {
  const latin = normalized.split(' ').filter((w) => /^[a-z]+$/.test(w) && !isEnglish(w));
  return latin.length > 0 && latin.every((w) => splitsIntoSyllables(w));
}
