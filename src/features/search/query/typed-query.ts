/**
 * How people really type (issue #15): decides, query by query, whether a query needs one of the
 * typing tables (src/features/search/query/typing-tables.ts) and what to search instead.
 *
 * - A query holding a Traditional character the site does not use is converted to Simplified.
 * - A query of Latin words shaped like pinyin (and not English words of the vocabulary) is read
 *   as the site's words, when it reads as them entirely.
 * - A query that gives weak results or looks mistyped is respelled (homophones, a character
 *   dropped or doubled); the caller keeps the respelling only when it finds better.
 *
 * Each table is loaded through `TypingTables` only when one of these applies, so a reader who
 * types well-formed Simplified Chinese or English downloads none of them.
 */
import { hasTraditional, toSimplified } from './traditional';
import { mightBePinyin } from './pinyin-shape';
import { looksMistyped } from './mistyped';
import type { Respelling } from './respell';
import type { Vocabulary } from './search-synonyms';
import { hasHan, isLatinOrDigits, normalizeQuery, segmentWords } from './search-text';
import type { Sounds } from './typing-tables';

export interface TypingTables {
  /** The characters the Traditional table converts (from the small manifest). */
  traditional: ReadonlySet<string>;
  t2s(): Promise<ReadonlyMap<string, string>>;
  sounds(): Promise<Sounds>;
}

const englishWords = new WeakMap<Vocabulary, Set<string>>();

/**
 * The Latin words of the vocabulary (synonym terms such as card, frozen, wechat pay, and the
 * Latin stop words): a query word among them is English, never pinyin.
 */
export function englishOf(vocab: Vocabulary): (word: string) => boolean {
  let words = englishWords.get(vocab);
  if (!words) {
    words = new Set<string>();
    for (const term of [...vocab.groups.flat(), ...vocab.stopWords]) {
      if (!hasHan(term)) for (const w of term.split(' ')) if (isLatinOrDigits(w)) words.add(w);
    }
    englishWords.set(vocab, words);
  }
  const set = words;
  return (word) => set.has(word);
}

/**
 * The query in Simplified characters and the site's words, or null when it is already that:
 * Traditional characters converted, pinyin read.
 */
export async function readAsTyped(raw: string, vocab: Vocabulary, tables: TypingTables): Promise<string | null> {
  const typed = normalizeQuery(raw);
  let text = typed;
  if (hasTraditional(text, tables.traditional)) text = toSimplified(text, await tables.t2s());
  const isEnglish = englishOf(vocab);
  if (mightBePinyin(text, isEnglish)) {
    // The reading code comes with the table it reads: a Simplified or English query loads neither.
    const [{ readPinyin }, sounds] = await Promise.all([import('./pinyin-query'), tables.sounds()]);
    text = readPinyin(text, sounds, isEnglish) ?? text;
  }
  return text === typed ? null : text;
}

/** Whether a query's results call for a respelling: none at all, or a query that looks mistyped. */
export function needsRespelling(text: string, total: number, vocab: Vocabulary): boolean {
  return hasHan(text) && (total === 0 || looksMistyped(normalizeQuery(text), vocab));
}

/** The respelled query, or null. */
export async function respellQuery(text: string, vocab: Vocabulary, tables: TypingTables): Promise<Respelling | null> {
  const [{ respell }, sounds] = await Promise.all([import('./respell'), tables.sounds()]);
  return respell(normalizeQuery(text), sounds, segmentWords, (w) => vocab.stopWords.has(w));
}
