/**
 * Reads a query typed in toneless pinyin (`tuikuan shibai`, `tuikuanshibai`) as the site's own
 * words (退款失败). Typed when the IME is off, or by a reader unsure of the characters.
 *
 * English must stay English: a query is read as pinyin only when every Latin word of it that is
 * not an English word of the search vocabulary splits entirely into pinyin syllables AND into
 * words of the site's vocabulary (src/features/search/query/typing-tables.ts), mostly words of two
 * syllables or more. `card`, `scam`, `refund` split into no syllables; `open` would (o|pen) but is
 * an English word of the vocabulary, and 哦盆 is no word of the site's anyway.
 */
import type { Sounds } from './typing-tables';
import { MAX_SYLLABLE } from './pinyin-shape';

/** What a piece of the reading costs: fewer, longer and more common words win. */
const COST = { term: 1, single: 1.6, bodyTerm: 0.3, rank: 0.5 } as const;

interface Parse {
  cost: number;
  text: string;
  syllables: number;
  /** Syllables read as words of two characters or more. */
  inTerms: number;
}

const termsByFirst = new WeakMap<Sounds, Map<string, string[]>>();

/** Terms by each reading of their first character. */
function termIndex(sounds: Sounds): Map<string, string[]> {
  let index = termsByFirst.get(sounds);
  if (index) return index;
  index = new Map();
  for (const term of sounds.terms) {
    for (const r of sounds.readingsOf.get([...term][0]!) ?? []) {
      const list = index.get(r);
      if (list) list.push(term);
      else index.set(r, [term]);
    }
  }
  termsByFirst.set(sounds, index);
  return index;
}

/** Where `term`, read from `start` of `word`, ends (any reading of each character), or -1. */
function readTerm(term: readonly string[], word: string, start: number, sounds: Sounds, k = 0): number {
  if (k === term.length) return start;
  for (const r of sounds.readingsOf.get(term[k]!) ?? []) {
    if (word.startsWith(r, start)) {
      const end = readTerm(term, word, start + r.length, sounds, k + 1);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** The cheapest reading of one Latin word as a sequence of the site's words, or null. */
export function readWord(word: string, sounds: Sounds): Parse | null {
  const index = termIndex(sounds);
  const singlesByReading = new Map<string, string>();
  for (const ch of sounds.singles)
    for (const r of sounds.readingsOf.get(ch) ?? []) if (!singlesByReading.has(r)) singlesByReading.set(r, ch);
  const best: (Parse | undefined)[] = [{ cost: 0, text: '', syllables: 0, inTerms: 0 }];
  const offer = (at: number, next: Parse) => {
    const known = best[at];
    if (!known || next.cost < known.cost) best[at] = next;
  };
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (let l = 1; l <= MAX_SYLLABLE && i + l <= word.length; l++) {
      const syllable = word.slice(i, i + l);
      if (!sounds.syllables.has(syllable)) continue;
      const single = singlesByReading.get(syllable);
      if (single)
        offer(i + l, { cost: here.cost + COST.single, text: here.text + single, syllables: here.syllables + 1, inTerms: here.inTerms });
      for (const term of index.get(syllable) ?? []) {
        const chars = [...term];
        const end = readTerm(chars, word, i, sounds);
        if (end < 0) continue;
        const rank = sounds.rank.get(term) ?? sounds.terms.length;
        const cost = COST.term + (rank >= sounds.strong ? COST.bodyTerm : 0) + (COST.rank * rank) / sounds.terms.length;
        offer(end, {
          cost: here.cost + cost,
          text: here.text + term,
          syllables: here.syllables + chars.length,
          inTerms: here.inTerms + chars.length,
        });
      }
    }
  }
  return best[word.length] ?? null;
}

/**
 * The query in the site's words, or null when it does not read as pinyin. Words that are not
 * Latin letters (Chinese, numbers) and English words of the vocabulary stay as they are; each
 * other word must read as the site's words. The whole reading needs two syllables or more, at
 * least half of them in words of two characters or more: one syllable, or a string of single
 * characters, is more likely an English word or a name. Readers also space every syllable
 * (`zhuan cuo zhang le`): when the words do not read one by one, adjacent ones are read as one.
 */
export function readPinyin(normalized: string, sounds: Sounds, isEnglish: (word: string) => boolean): string | null {
  const words = normalized.split(' ');
  const isPinyinWord = (w: string) => /^[a-z]+$/.test(w) && !isEnglish(w);
  const joined: string[] = [];
  words.forEach((w, i) => {
    if (i > 0 && isPinyinWord(w) && isPinyinWord(words[i - 1]!)) joined[joined.length - 1] += w;
    else joined.push(w);
  });
  // The cheaper reading wins: tixian shouxufei is 提现手续费 read as one, not 体现 + 手续费.
  const apart = readWords(words, sounds, isPinyinWord);
  const together = joined.length < words.length ? readWords(joined, sounds, isPinyinWord) : null;
  const best = apart && together ? (together.cost < apart.cost ? together : apart) : (apart ?? together);
  return best?.text ?? null;
}

function readWords(words: readonly string[], sounds: Sounds, isPinyinWord: (w: string) => boolean): { text: string; cost: number } | null {
  let cost = 0;
  let syllables = 0;
  let inTerms = 0;
  const out: string[] = [];
  for (const word of words) {
    if (!isPinyinWord(word)) {
      out.push(word);
      continue;
    }
    const parse = readWord(word, sounds);
    if (!parse) return null;
    cost += parse.cost;
    syllables += parse.syllables;
    inTerms += parse.inTerms;
    out.push(parse.text);
  }
  if (syllables < 2 || inTerms * 2 < syllables) return null;
  return { text: out.join(' '), cost };
}
