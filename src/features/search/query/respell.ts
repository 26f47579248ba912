/**
 * IME slips: a homophone in place of the right character (帮定 for 绑定, 退宽 for 退款, 密吗 for
 * 密码), or a character dropped (银卡) or doubled (绑绑定). When a query gives weak results, the
 * stretches of it that are no part of any word of the site's vocabulary are compared with the
 * vocabulary's words (src/features/search/query/typing-tables.ts): a word that sounds the same
 * (same toneless pinyin, one character different) or is one character longer or shorter takes
 * their place. The browser then searches the respelled query and keeps it only when it finds
 * better than the query as typed (src/features/search/client/search-engine.ts).
 */
import { segmentWords } from './search-text';
import { findSynonyms, type Vocabulary } from './search-synonyms';
import type { Sounds } from './typing-tables';

export interface Respelling {
  /** The query with the slips replaced. */
  text: string;
  changes: { from: string; to: string }[];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** Longest stretch compared with the vocabulary. */
const MAX_WINDOW = 6;

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
    if (chars.some((ch, i) => i > 0 && ch === chars[i - 1])) return true;
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

type Kind = 'homophone' | 'doubled' | 'dropped' | 'extra';

/** A candidate is worth its word's length, less for a looser kind of slip and a rarer word. */
const PENALTY: Record<Kind, number> = { homophone: 0, doubled: 0, dropped: 1.5, extra: 2 };
const BODY_TERM_PENALTY = 1;

interface Candidate {
  start: number;
  end: number;
  term: string;
  score: number;
}

const sameSound = (a: string, b: string, sounds: Sounds) => {
  const ra = sounds.readingsOf.get(a);
  const rb = sounds.readingsOf.get(b);
  return !!ra && !!rb && ra.some((r) => rb.includes(r));
};

const byLength = new WeakMap<Sounds, Map<number, string[]>>();
function termsOfLength(sounds: Sounds, length: number): string[] {
  let index = byLength.get(sounds);
  if (!index) {
    index = new Map();
    for (const term of sounds.terms) {
      const n = [...term].length;
      const list = index.get(n);
      if (list) list.push(term);
      else index.set(n, [term]);
    }
    byLength.set(sounds, index);
  }
  return index.get(length) ?? [];
}

/**
 * Which kind of slip turns `term` into `typed`, if one does. `free[k]`: the typed character k
 * belongs to no word typed right, so it may be the slip (replaced or removed).
 */
function slipKind(typed: readonly string[], term: readonly string[], sounds: Sounds, free: readonly boolean[]): Kind | null {
  if (typed.length === term.length) {
    // One character replaced by one that sounds the same; two in a word of four or more.
    let differ = 0;
    for (let k = 0; k < typed.length; k++) {
      if (typed[k] === term[k]) continue;
      if (!free[k] || !sameSound(typed[k]!, term[k]!, sounds)) return null;
      differ++;
    }
    return differ >= 1 && differ <= (term.length >= 4 ? 2 : 1) ? 'homophone' : null;
  }
  const [shorter, longer] = typed.length < term.length ? [typed, term] : [term, typed];
  if (longer.length !== shorter.length + 1 || shorter.length < 2) return null;
  for (let k = 0; k < longer.length; k++) {
    if (longer.slice(0, k).join('') + longer.slice(k + 1).join('') !== shorter.join('')) continue;
    if (typed.length < term.length) return 'dropped';
    if (!free[k]) continue;
    return k > 0 && longer[k] === longer[k - 1] ? 'doubled' : k + 1 < longer.length && longer[k] === longer[k + 1] ? 'doubled' : 'extra';
  }
  return null;
}

/**
 * Which characters of a stretch belong to a word of the site's vocabulary found in it: those are
 * typed right, and a slip is looked for only among the others.
 */
function coveredChars(chars: readonly string[], sounds: Sounds): boolean[] {
  const covered = chars.map(() => false);
  for (let i = 0; i < chars.length; i++) {
    for (let n = Math.min(MAX_WINDOW + 2, chars.length - i); n >= 2; n--) {
      if (sounds.rank.has(chars.slice(i, i + n).join(''))) {
        for (let k = i; k < i + n; k++) covered[k] = true;
        break;
      }
    }
  }
  return covered;
}

/** Candidates for one stretch of Han characters starting at `offset` in the query. */
function candidatesIn(run: string, offset: number, sounds: Sounds): Candidate[] {
  const chars = [...run];
  const covered = coveredChars(chars, sounds);
  const found: Candidate[] = [];
  for (let i = 0; i < chars.length; i++) {
    for (let n = 2; n <= MAX_WINDOW && i + n <= chars.length; n++) {
      const typed = chars.slice(i, i + n);
      const text = typed.join('');
      if (sounds.joined.includes(text)) continue; // part of a word the site uses: not a slip
      const free = covered.slice(i, i + n).map((c) => !c);
      if (!free.some(Boolean)) continue; // every character belongs to a word typed right
      for (const length of [n, n + 1, n - 1]) {
        // A dropped character is guessed only in words of three or more (银卡 → 银行卡), an
        // extra one only in stretches of three or more: two characters say too little.
        if (length < 2 || (length === n + 1 && n < 2) || (length === n - 1 && n < 3 && typed[0] !== typed[1])) continue;
        for (const term of termsOfLength(sounds, length)) {
          const kind = slipKind(typed, [...term], sounds, free);
          if (!kind) continue;
          const rank = sounds.rank.get(term) ?? 0;
          const score = length - PENALTY[kind] - (rank >= sounds.strong ? BODY_TERM_PENALTY : 0) - rank / sounds.terms.length;
          // Positions in UTF-16 units of the normalised query (Han characters of the BMP).
          const start = offset + chars.slice(0, i).join('').length;
          found.push({ start, end: start + text.length, term, score });
        }
      }
    }
  }
  return found;
}

/** The query with its slips replaced, or null when none is found. */
export function respell(normalized: string, sounds: Sounds): Respelling | null {
  const candidates: Candidate[] = [];
  for (const match of normalized.matchAll(HAN_RUN)) candidates.push(...candidatesIn(match[0], match.index, sounds));
  if (candidates.length === 0) return null;
  // The best candidates first; each stretch of the query is replaced at most once.
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of candidates) if (!chosen.some((d) => c.start < d.end && d.start < c.end)) chosen.push(c);
  chosen.sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = 0;
  for (const c of chosen) {
    text += normalized.slice(cursor, c.start) + c.term;
    cursor = c.end;
  }
  text += normalized.slice(cursor);
  return { text, changes: chosen.map((c) => ({ from: normalized.slice(c.start, c.end), to: c.term })) };
}
