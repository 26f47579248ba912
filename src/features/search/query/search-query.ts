/**
 * Turns what a reader typed into a plan of Pagefind searches. Pagefind alone ANDs every
 * single-character token ICU produces, knows no synonyms, and lets a segmentation slip (解封微信号 →
 * 解|封|微|信号) sink a query. The plan cuts the query at synonym terms and stop words itself, then
 * asks Pagefind several narrower questions whose answers `search-merge.ts` combines.
 */
import { findSynonyms, type Vocabulary } from './search-synonyms';
import { hasHan, isLatinOrDigits, isWholeWord, normalizeQuery, segmentWords, unique } from './search-text';

export interface QueryPart {
  /** The part as typed (normalised). */
  text: string;
  /** Equivalent terms, canonical first; `[text]` for a part that is not in a synonym group. */
  alternatives: readonly string[];
  kind: 'synonym' | 'word';
}

export interface PlannedSearch {
  /** The string handed to Pagefind; spaces keep our cuts, Pagefind segments each piece. */
  query: string;
  /** How much this search's scores count when results are merged. */
  weight: number;
  /** One part of the query alone: counts less the more pages it finds (see search-merge.ts). */
  fallback: boolean;
}

export interface QueryPlan {
  normalized: string;
  parts: QueryPart[];
  searches: PlannedSearch[];
  /** Whole terms (two characters or more) to mark in excerpts and on the opened article. */
  highlight: string[];
  /** The query says money may be at risk now: offer the urgent-help page above the results. */
  urgent: boolean;
}

/** Weights of the searches; tuned with `npm run eval:search` over the shared query set and tests/search/. */
export const PLAN_WEIGHTS = {
  /** Every part, as typed: the reader's own words, all of them. */
  typed: 1,
  /** Every part, synonyms replaced by their canonical term. */
  canonical: 0.6,
  /** One part alone (fallback when not every part is on one page), scaled by the part's share. */
  part: 1.6,
  /** Of a part made of several words, the share searched as a whole (the rest: word by word). */
  wholeChunk: 0.5,
  /** A single Chinese character alone says little. */
  singleCharFactor: 0.25,
} as const;

const isStop = (word: string, vocab: Vocabulary) => vocab.stopWords.has(word);

/**
 * 偷了 → 偷: ICU keeps a particle on some words (偷了, 骗了) and not on others, so the same verb
 * is 偷 in an article and 偷了 in a query, and Pagefind's prefix match misses it.
 */
function withoutTrailingParticle(word: string, vocab: Vocabulary): string {
  const chars = [...word];
  if (chars.length < 2 || !hasHan(word)) return word;
  const last = chars[chars.length - 1]!;
  return vocab.stopWords.has(last) ? chars.slice(0, -1).join('') : word;
}

/** Cuts a stretch of text that holds no synonym term into parts, dropping stop words. */
function wordParts(stretch: string, vocab: Vocabulary): QueryPart[] {
  let text = stretch;
  for (const phrase of vocab.stopPhrases) text = text.split(phrase).join(' ');
  const parts: QueryPart[] = [];
  for (const chunk of text.split(' ')) {
    if (!chunk) continue;
    // Adjacent Chinese words stay together as one part (身份证号), cut only at stop words;
    // a Latin word or a number is a part of its own.
    let run = '';
    const flush = () => {
      if (run) parts.push({ text: run, alternatives: [run], kind: 'word' });
      run = '';
    };
    for (const segment of segmentWords(chunk)) {
      const word = withoutTrailingParticle(segment, vocab);
      if (isStop(word, vocab)) flush();
      else if (isLatinOrDigits(word)) {
        flush();
        // A lone letter or digit (the x of <img src=x>) matches something on every page.
        if (word.length > 1) parts.push({ text: word, alternatives: [word], kind: 'word' });
      } else run += word;
    }
    flush();
  }
  return parts;
}

/** Drops Latin stop words ("how", "my") before matching, so "lost my phone" meets "lost phone". */
function dropLatinStopWords(text: string, vocab: Vocabulary): string {
  return text
    .split(' ')
    .filter((w) => !(isLatinOrDigits(w) && !hasHan(w) && isStop(w, vocab)))
    .join(' ');
}

export function planQuery(raw: string, vocab: Vocabulary): QueryPlan {
  const normalized = normalizeQuery(raw);
  const text = dropLatinStopWords(normalized, vocab);
  const parts: QueryPart[] = [];
  let cursor = 0;
  for (const m of findSynonyms(text, vocab)) {
    parts.push(...wordParts(text.slice(cursor, m.start), vocab));
    parts.push({ text: m.term, alternatives: vocab.groups[m.group]!, kind: 'synonym' });
    cursor = m.end;
  }
  parts.push(...wordParts(text.slice(cursor), vocab));

  // A query made only of stop words (怎么办) still means something: search it as typed.
  if (parts.length === 0 && normalized) parts.push({ text: normalized, alternatives: [normalized], kind: 'word' });

  return { normalized, parts, searches: planSearches(parts), highlight: highlightTerms(parts), urgent: isUrgent(normalized, vocab) };
}

function planSearches(parts: readonly QueryPart[]): PlannedSearch[] {
  if (parts.length === 0) return [];
  const searches = new Map<string, PlannedSearch>();
  const add = (query: string, weight: number, fallback = true) => {
    const known = searches.get(query);
    if (query && (!known || (known.fallback && !fallback) || (known.fallback === fallback && weight > known.weight))) {
      searches.set(query, { query, weight, fallback });
    }
  };
  add(parts.map((p) => p.text).join(' '), PLAN_WEIGHTS.typed, false);
  add(parts.map((p) => p.alternatives[0]!).join(' '), PLAN_WEIGHTS.canonical, false);

  // Fallbacks: each part alone, and each word of a part made of several words, so that a page
  // holding most of the query is still found when no page holds all of it.
  const pieces = parts.map((p) => ({ part: p, words: p.kind === 'word' && hasHan(p.text) ? segmentWords(p.text) : [p.text] }));
  if (parts.length === 1 && pieces[0]!.words.length === 1) return toList(searches);
  const total = parts.reduce((sum, p) => sum + mass(p.text), 0);
  // A single Chinese character alone (换, 查, 丢) is on a large share of the pages: its search is
  // among the slowest at 10,000 articles and, weighted by its mass and its rarity, adds next to
  // nothing. It is searched alone only when the query has no longer word to fall back on.
  const hasLongerWord = pieces.some(({ words }) => words.some((w) => !isSingleHan(w)));
  const fallback = (query: string, weight: number) => {
    if (!(hasLongerWord && isSingleHan(query))) add(query, weight);
  };
  for (const { part, words } of pieces) {
    const share = (PLAN_WEIGHTS.part * mass(part.text)) / total;
    if (words.length === 1) {
      fallback(part.text, share);
      fallback(part.alternatives[0]!, share);
      continue;
    }
    fallback(part.text, share * PLAN_WEIGHTS.wholeChunk);
    const wordTotal = words.reduce((sum, w) => sum + mass(w), 0);
    for (const w of words) fallback(w, (share * (1 - PLAN_WEIGHTS.wholeChunk) * mass(w)) / wordTotal);
  }
  return toList(searches);
}

const isSingleHan = (text: string) => hasHan(text) && [...text].length === 1;

function toList(searches: Map<string, PlannedSearch>): PlannedSearch[] {
  return [...searches.values()];
}

/** How much a piece of a query says: a single Chinese character little, a word or phrase more. */
function mass(text: string): number {
  return isSingleHan(text) ? PLAN_WEIGHTS.singleCharFactor : 1;
}

/**
 * The reader's own words and, for a synonym, the word the articles use (so 封号 marks 冻结 too),
 * the latter also word by word (付款失败 → 付款, 失败), since a phrase rarely appears verbatim.
 * Single characters are never marked: they would light up half the page.
 */
function highlightTerms(parts: readonly QueryPart[]): string[] {
  const terms: string[] = [];
  for (const p of parts) {
    // Cut the articles' own word (canonical, or the part itself), not a colloquial variant:
    // 开不了 would yield 不了, which marks nothing useful.
    const written = p.kind === 'synonym' ? p.alternatives[0]! : p.text;
    terms.push(p.text, written, ...(hasHan(written) ? segmentWords(written) : []));
  }
  return unique(terms.filter((t) => [...t].length >= 2));
}

/** Whether a normalised query holds one of the vocabulary's urgent words (a Latin one as a whole word). */
export function isUrgent(normalized: string, vocab: Pick<Vocabulary, 'urgent'>): boolean {
  return vocab.urgent.some((word) => {
    for (let i = normalized.indexOf(word); i >= 0; i = normalized.indexOf(word, i + 1)) {
      if (isWholeWord(normalized, i, word)) return true;
    }
    return false;
  });
}
