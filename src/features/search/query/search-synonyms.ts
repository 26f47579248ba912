/**
 * The search vocabulary from `content/search-synonyms.json`, compiled for fast matching, and the two
 * things search does with it: find the synonym terms in a text, and expand a page's terms with
 * their synonyms. Pure; the browser and the build both use it.
 */
import { hasHan, isWholeWord, normalizeText } from './search-text.ts';
import type { SearchVocabularyData } from '../build/search-vocabulary-schema.ts';

export interface Vocabulary {
  /** Normalised stop words; matched as whole segments (one character) or substrings (longer). */
  stopWords: ReadonlySet<string>;
  /** Multi-character stop words, longest first, removed as substrings. */
  stopPhrases: readonly string[];
  /** Groups of equivalent terms, normalised; the first term of a group is its canonical form. */
  groups: readonly (readonly string[])[];
  /** Every term with its group, longest first, for leftmost-longest matching. */
  entries: readonly { term: string; group: number }[];
  suggestions: readonly string[];
  /** Normalised words that mean money may be at risk now. */
  urgent: readonly string[];
}

/** A synonym term found in a text. */
export interface SynonymMatch {
  start: number;
  end: number;
  term: string;
  group: number;
}

/** `data` is the data file's content, which the build validates (`search-vocabulary-schema.ts`). */
export function compileVocabulary(data: SearchVocabularyData): Vocabulary {
  const groups = data.groups.map((g) => [...new Set(g.map(normalizeText).filter(Boolean))]);
  const entries = groups.flatMap((terms, group) => terms.map((term) => ({ term, group }))).sort((a, b) => b.term.length - a.term.length);
  const stops = data.stopWords.map(normalizeText).filter(Boolean);
  return {
    stopWords: new Set(stops),
    stopPhrases: stops.filter((w) => w.length > 1 && hasHan(w)).sort((a, b) => b.length - a.length),
    groups,
    entries,
    suggestions: data.suggestions,
    urgent: (data.urgent ?? []).map(normalizeText).filter(Boolean),
  };
}

/**
 * The synonym terms in a normalised text, leftmost-longest and not overlapping, so 开不了 in
 * 钱包开不了 wins over a shorter term inside it.
 */
export function findSynonyms(text: string, vocab: Vocabulary): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  let i = 0;
  while (i < text.length) {
    let found: SynonymMatch | undefined;
    for (const { term, group } of vocab.entries) {
      if (text.startsWith(term, i) && isWholeWord(text, i, term)) {
        found = { start: i, end: i + term.length, term, group };
        break;
      }
    }
    if (found) {
      matches.push(found);
      i = found.end;
    } else {
      i += 1;
    }
  }
  return matches;
}

/**
 * Every term of every group that one of `texts` mentions. The build adds these to a page's hidden
 * search terms, so a page about 冻结 is also found by 封号 and by "blocked".
 */
export function expandWithSynonyms(texts: readonly string[], vocab: Vocabulary): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of findSynonyms(normalizeText(text), vocab)) {
      for (const term of vocab.groups[m.group]!) out.add(term);
    }
  }
  return [...out];
}
