/**
 * Turns what a reader typed into a plan of Pagefind searches. Pagefind alone ANDs every
 * single-character token ICU produces, knows no synonyms, and lets a segmentation slip (解封微信号 →
 * 解|封|微|信号) sink a query. The plan cuts the query at synonym terms and stop words itself, then
 * asks Pagefind several narrower questions whose answers `search-merge.ts` combines.
 */
import { findSynonyms, type Vocabulary } from './search-synonyms';
import { hasHan, isLatinOrDigits, normalizeText, segmentWords, unique } from './search-text';

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
}

export interface QueryPlan {
  normalized: string;
  parts: QueryPart[];
  searches: PlannedSearch[];
  /** Whole terms (two characters or more) to mark in excerpts and on the opened article. */
  highlight: string[];
}

/** Weights of the searches; tuned with `npm run eval:search` over two query sets. */
export const PLAN_WEIGHTS = {
  /** Every part, as typed: the reader's own words, all of them. */
  typed: 1,
  /** Every part, synonyms replaced by their canonical term. */
  canonical: 1,
  /** One part alone (fallback when not every part is on one page), scaled by the part's share. */
  part: 0.8,
  /** A single Chinese character alone says little. */
  singleCharFactor: 0.25,
} as const;

const isStop = (word: string, vocab: Vocabulary) => vocab.stopWords.has(word);

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
    for (const word of segmentWords(chunk)) {
      if (isStop(word, vocab)) flush();
      else if (isLatinOrDigits(word)) {
        flush();
        run = word;
        flush();
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
  const normalized = normalizeText(raw);
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

  return { normalized, parts, searches: planSearches(parts), highlight: highlightTerms(parts) };
}

function planSearches(parts: readonly QueryPart[]): PlannedSearch[] {
  if (parts.length === 0) return [];
  const searches = new Map<string, number>();
  const add = (query: string, weight: number) => {
    if (query && weight > (searches.get(query) ?? 0)) searches.set(query, weight);
  };
  add(parts.map((p) => p.text).join(' '), PLAN_WEIGHTS.typed);
  add(parts.map((p) => p.alternatives[0]!).join(' '), PLAN_WEIGHTS.canonical);
  if (parts.length > 1) {
    const total = parts.reduce((sum, p) => sum + partMass(p), 0);
    for (const p of parts) {
      const weight = (PLAN_WEIGHTS.part * partMass(p)) / total;
      add(p.text, weight);
      add(p.alternatives[0]!, weight);
    }
  }
  return [...searches].map(([query, weight]) => ({ query, weight }));
}

/** How much a part says: a single Chinese character little, a word or phrase more. */
function partMass(p: QueryPart): number {
  if (hasHan(p.text) && [...p.text].length === 1) return PLAN_WEIGHTS.singleCharFactor;
  return 1;
}

/**
 * The reader's own words and, for a synonym, the word the articles use (so 封号 marks 冻结 too).
 * A part of several words is also marked word by word, since it rarely appears verbatim. Single
 * characters are never marked: they would light up half the page.
 */
function highlightTerms(parts: readonly QueryPart[]): string[] {
  const terms: string[] = [];
  for (const p of parts) {
    terms.push(p.text);
    if (p.kind === 'synonym') terms.push(p.alternatives[0]!);
    else if (hasHan(p.text)) terms.push(...segmentWords(p.text));
  }
  return unique(terms.filter((t) => [...t].length >= 2));
}
