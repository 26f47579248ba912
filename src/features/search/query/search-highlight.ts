/**
 * Where to mark matched words, in a result's excerpt and on the opened article. Only whole terms of
 * two or more characters are marked (the query's words and their canonical synonyms), never the
 * single characters Pagefind matched, which would mark half of every Chinese sentence.
 */
import { isWholeWord } from './search-text';

export interface Piece {
  text: string;
  marked: boolean;
}

/** The name of the URL parameter that carries the terms to mark into an article. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Terms worth marking: at least 2 characters, longest first so 支付密码 wins over 密码. */
export function markableTerms(terms: readonly string[]): string[] {
  const clean = terms.map((t) => t.trim().toLowerCase()).filter((t) => [...t].length >= 2);
  return [...new Set(clean)].sort((a, b) => b.length - a.length);
}

/**
 * Cuts `text` into pieces, marking each occurrence of a term. Leftmost match first, the longest
 * term at a position; a Latin term only as a whole word (pay is not marked inside payment).
 */
export function splitMarks(text: string, terms: readonly string[]): Piece[] {
  const wanted = markableTerms(terms);
  if (wanted.length === 0 || !text) return text ? [{ text, marked: false }] : [];
  const lower = text.toLowerCase();
  const pieces: Piece[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const term = wanted.find((t) => lower.startsWith(t, i) && isWholeWord(lower, i, t));
    if (!term) {
      i += 1;
      continue;
    }
    if (i > plainStart) pieces.push({ text: text.slice(plainStart, i), marked: false });
    pieces.push({ text: text.slice(i, i + term.length), marked: true });
    i += term.length;
    plainStart = i;
  }
  if (plainStart < text.length) pieces.push({ text: text.slice(plainStart), marked: false });
  return pieces;
}

/**
 * A short passage of `content` around the place where the most different terms occur close
 * together, cut at sentence punctuation where possible, with … where it was shortened. Falls back
 * to the start of the content when no term occurs.
 */
export function excerptAround(content: string, terms: readonly string[], length = 64): string {
  // Full-width punctuation carries its own space; the space Pagefind puts between blocks is dropped.
  const text = content
    .replace(/\s+/g, ' ')
    .replace(/([，。！？；：、）”])\s+/g, '$1')
    .trim();
  if (text.length <= length) return text;
  const wanted = markableTerms(terms);
  const lower = text.toLowerCase();
  let bestStart = 0;
  let bestScore = 0;
  for (const term of wanted) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const windowText = lower.slice(at, at + length);
      const score = wanted.reduce((n, t) => n + (windowText.includes(t) ? t.length : 0), 0);
      if (score > bestScore) {
        bestScore = score;
        bestStart = at;
      }
    }
  }
  // Start at the beginning of the sentence when it is close, so the excerpt reads naturally.
  const sentenceStart = Math.max(...['。', '！', '？', '；', '. '].map((p) => text.lastIndexOf(p, bestStart - 1) + p.length));
  const start = bestStart - sentenceStart <= length / 3 && sentenceStart > 0 ? sentenceStart : bestStart;
  const from = bestScore === 0 ? 0 : start;
  const slice = text.slice(from, from + length);
  return `${from > 0 ? '…' : ''}${slice}${from + length < text.length ? '…' : ''}`;
}

/** True when `text` contains one of the markable terms. */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  return splitMarks(text, terms).some((p) => p.marked);
}

/** Terms from the highlight parameters of a URL query string (`?highlight=a&highlight=b`). */
export function highlightTermsFromSearch(search: string): string[] {
  const params = new URLSearchParams(search);
  return markableTerms(params.getAll(HIGHLIGHT_PARAM).flatMap((v) => v.split(/\s+/))).slice(0, 20);
}

/** The article URL with the terms to mark. */
export function withHighlight(url: string, terms: readonly string[]): string {
  const wanted = markableTerms(terms).slice(0, 8);
  if (wanted.length === 0) return url;
  const params = new URLSearchParams();
  for (const t of wanted) params.append(HIGHLIGHT_PARAM, t);
  return `${url}${url.includes('?') ? '&' : '?'}${params.toString()}`;
}
