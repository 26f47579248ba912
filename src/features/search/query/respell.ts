/**
 * IME slips: a homophone in place of the right character (帮定 for 绑定, 退宽 for 退款, 密吗 for
 * 密码), or a character dropped (银卡) or doubled (绑绑定). When a query gives weak results, the
 * stretches of it that are no part of any word of the site's vocabulary are compared with the
 * vocabulary's words (src/features/search/query/typing-tables.ts): a word that sounds the same
 * (same toneless pinyin, one character different) or is one character longer or shorter takes
 * their place. The browser then searches the respelled query and keeps it only when it finds
 * better than the query as typed (src/features/search/client/search-engine.ts).
 */
import type { Sounds } from './typing-tables';

export interface Respelling {
  /** The query with the slips replaced. */
  text: string;
  changes: { from: string; to: string }[];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** Longest stretch compared with the vocabulary. */
const MAX_WINDOW = 6;

type Kind = 'homophone' | 'doubled' | 'dropped';

/** A candidate is worth its word's length, less for a looser kind of slip and a less used word. */
const PENALTY: Record<Kind, number> = { homophone: 0, doubled: 0, dropped: 1.5 };

/** Characters a slip never drops: adding one changes what the reader said (开通了 is no 开通不了). */
const NEVER_DROPPED = new Set(['不', '没', '别', '未', '无', '非']);

/**
 * Whether a slip of `kind` is likely where it would be: a dropped character only between
 * characters that belong to no word typed right, and never a negation or a stop word; a stop
 * word (吗) read as a slip (密吗 for 密码) only where it does not follow a whole word (付钱吗 is a
 * question, not 付钱码).
 */
function plausible(
  kind: Kind,
  run: readonly string[],
  at: number,
  typed: readonly string[],
  term: readonly string[],
  free: readonly boolean[],
  sounds: Sounds,
  isStop: (word: string) => boolean,
): boolean {
  if (kind === 'dropped') {
    const added = term.find((ch, k) => ch !== typed[k]) ?? term[term.length - 1]!;
    return free.every(Boolean) && !NEVER_DROPPED.has(added) && !isStop(added);
  }
  if (kind !== 'homophone') return true;
  for (let k = 0; k < typed.length; k++) {
    if (typed[k] === term[k] || !isStop(typed[k]!)) continue;
    const before = run.slice(0, at + k).join('');
    if (sounds.singles.has(run[at + k - 1] ?? '')) return false;
    for (let n = 2; n <= Math.min(8, before.length); n++) if (sounds.rank.has(before.slice(-n))) return false;
  }
  return true;
}

interface Candidate {
  start: number;
  end: number;
  term: string;
  score: number;
}

/**
 * Whether an IME offers `typed` for a syllable of `meant`: they share a reading that is the most
 * common reading of one of them (航 for the hang of 银行; not 其 for 给, which share only the rare ji).
 */
const sameSound = (typed: string, meant: string, sounds: Sounds) => {
  const rt = sounds.readingsOf.get(typed);
  const rm = sounds.readingsOf.get(meant);
  return !!rt && !!rm && rt.some((r, i) => rm.includes(r) && (i === 0 || rm[0] === r));
};

const byPlace = new WeakMap<Sounds, Map<string, string[]>>();

/**
 * Terms of `length` characters with `ch` at position `k`. A slip changes one character (two in
 * a long word) or drops or doubles one, so a candidate shares one of its first characters with
 * the typed stretch: looking terms up this way keeps a respelling to a few milliseconds.
 */
function termsWith(sounds: Sounds, length: number, k: number, ch: string): readonly string[] {
  let index = byPlace.get(sounds);
  if (!index) {
    index = new Map();
    for (const term of sounds.terms) {
      const chars = [...term];
      chars.forEach((c, i) => {
        const key = `${chars.length}:${i}:${c}`;
        const list = index!.get(key);
        if (list) list.push(term);
        else index!.set(key, [term]);
      });
    }
    byPlace.set(sounds, index);
  }
  return index.get(`${length}:${k}:${ch}`) ?? [];
}

/** Terms that a slip may have turned into `typed`: they share a character at a matching place. */
function candidateTerms(typed: readonly string[], sounds: Sounds): Set<string> {
  const n = typed.length;
  const found = new Set<string>();
  const add = (terms: readonly string[]) => terms.forEach((t) => found.add(t));
  // Same length: all characters but one (two in a word of four or more) are the same.
  for (let k = 0; k < Math.min(n, 3); k++) add(termsWith(sounds, n, k, typed[k]!));
  // One dropped: the typed first character is the term's first or second.
  add(termsWith(sounds, n + 1, 0, typed[0]!));
  add(termsWith(sounds, n + 1, 1, typed[0]!));
  // One doubled: the term starts with the typed first or second character.
  if (n > 2) {
    add(termsWith(sounds, n - 1, 0, typed[0]!));
    add(termsWith(sounds, n - 1, 0, typed[1]!));
  }
  return found;
}

/**
 * Which kind of slip turns `term` into `typed`, if one does. `free[k]`: the typed character k
 * belongs to no word typed right, so it may be a homophone slip; `removable[k]`: it may also be
 * a character typed twice.
 */
function slipKind(
  typed: readonly string[],
  term: readonly string[],
  sounds: Sounds,
  free: readonly boolean[],
  removable: readonly boolean[],
): Kind | null {
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
    // An extra character is a slip only when it repeats its neighbour: any other may be a word
    // of the reader's (提现要手续费 is no slip of 提现手续费).
    if (removable[k] && ((k > 0 && longer[k] === longer[k - 1]) || longer[k] === longer[k + 1])) return 'doubled';
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
function candidatesIn(
  run: string,
  offset: number,
  sounds: Sounds,
  isStop: (word: string) => boolean,
  segment: (text: string) => string[],
): Candidate[] {
  const chars = [...run];
  const covered = coveredChars(chars, sounds);
  // A stop word typed twice is no slip (用不了了 says 了 twice on purpose); it may still be a
  // homophone slip (密吗 for 密码).
  const repeatable = chars.map((ch) => isStop(ch));
  // The segmenter knows the language's words: a stretch is compared only from one of its cuts
  // to another (so 有个自称 is never read as 有各自称), and never when it is one word (开店).
  const cuts = new Set([0]);
  const words = new Set<string>();
  let at = 0;
  for (const word of segment(run)) {
    at += [...word].length;
    cuts.add(at);
    if ([...word].length > 1) words.add(word);
  }
  const found: Candidate[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!cuts.has(i)) continue;
    for (let n = 2; n <= MAX_WINDOW && i + n <= chars.length; n++) {
      if (!cuts.has(i + n)) continue;
      const typed = chars.slice(i, i + n);
      const text = typed.join('');
      if (words.has(text) || sounds.joined.includes(text)) continue; // a word, or part of one the site uses: not a slip
      const free = covered.slice(i, i + n).map((c) => !c);
      if (!free.some(Boolean)) continue; // every character belongs to a word typed right
      const removable = free.map((f, k) => f && !repeatable[i + k]);
      // Positions in UTF-16 units of the normalised query.
      const start = offset + chars.slice(0, i).join('').length;
      for (const term of candidateTerms(typed, sounds)) {
        const rank = sounds.rank.get(term) ?? 0;
        // Only words readers use for articles (titles, keywords, synonyms, headings…): a word
        // only some body uses is too weak a reason to change what the reader typed.
        if (rank >= sounds.strong) continue;
        const termChars = [...term];
        const kind = slipKind(typed, termChars, sounds, free, removable);
        if (!kind || !plausible(kind, chars, i, typed, termChars, free, sounds, isStop)) continue;
        const score = termChars.length - PENALTY[kind] - rank / sounds.terms.length;
        found.push({ start, end: start + text.length, term, score });
      }
    }
  }
  return found;
}

/** The query with its slips replaced, or null when none is found. */
/**
 * `segment` is the word segmenter (`segmentWords`), passed in so that this module, loaded with
 * the sounds table, shares no code with the search page's own script (its size budget).
 */
export function respell(
  normalized: string,
  sounds: Sounds,
  segment: (text: string) => string[],
  isStop: (word: string) => boolean = () => false,
): Respelling | null {
  const candidates: Candidate[] = [];
  for (const match of normalized.matchAll(HAN_RUN)) candidates.push(...candidatesIn(match[0], match.index, sounds, isStop, segment));
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
