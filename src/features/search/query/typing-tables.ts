/**
 * The shapes of the tables that let search read a query typed in Traditional characters, in
 * pinyin or with an IME slip (README, section Search). The build writes them
 * (src/features/search/build/typing-tables.ts) and the browser loads each only when a query needs
 * it (src/features/search/client/typing-loader.ts). Pure; no table is imported by a page.
 */

/** The manifest's name in the Pagefind bundle folder. */
export const TYPING_MANIFEST = 'typing.json';

/** `typing.json` in the Pagefind bundle folder: small, loaded with the search engine. */
export interface TypingManifest {
  /**
   * The Traditional characters that the Traditional → Simplified table converts and the site's
   * text does not use: a query holding one of them needs the table, and a reader who types
   * Simplified never loads it.
   */
  traditional: string;
  /** File names (inside the bundle folder) of the tables; they change with their content. */
  files: { t2s: string; sounds: string };
}

/** The Traditional → Simplified table: a string of pairs, Traditional then Simplified (轉转帳账…). */
export interface T2sTable {
  pairs: string;
}

/**
 * The sounds of the site's vocabulary, for pinyin queries and for homophone slips.
 * - `readings`: toneless pinyin syllable (ü written v) → the characters read that way: every
 *   character of the vocabulary and the 3,755 common characters of GB 2312 level 1 (a slip types
 *   a common character), each under every reading it has.
 * - `terms`: the site's words of two characters or more, most useful first: the `strong` first
 *   (titles, keywords, errors, descriptions, headings, synonyms and stop phrases), then words
 *   only the bodies use.
 * - `singles`: characters that stand as a word of their own in the strong fields (卡, 钱) or are
 *   one-character stop words (了, 吗): a pinyin query may use them between longer words.
 */
export interface SoundsTable {
  readings: Record<string, string>;
  more: Record<string, string>;
  terms: string[];
  strong: number;
  singles: string;
}

/** A sounds table ready to use: each character with its readings, the terms with their rank. */
export interface Sounds {
  /** Character → its toneless readings, the most common first. */
  readingsOf: ReadonlyMap<string, readonly string[]>;
  /** Every syllable the table knows. */
  syllables: ReadonlySet<string>;
  terms: readonly string[];
  /** Terms below this index are strong (see `SoundsTable`). */
  strong: number;
  /** Term → its index (its rank). */
  rank: ReadonlyMap<string, number>;
  singles: ReadonlySet<string>;
  /** All terms joined by "|", to ask whether a string is part of some term. */
  joined: string;
}

export function compileSounds(table: SoundsTable): Sounds {
  const readingsOf = new Map<string, string[]>();
  for (const [syllable, chars] of [...Object.entries(table.readings), ...Object.entries(table.more)]) {
    for (const ch of chars) {
      const list = readingsOf.get(ch);
      if (list) list.push(syllable);
      else readingsOf.set(ch, [syllable]);
    }
  }
  return {
    readingsOf,
    syllables: new Set([...Object.keys(table.readings), ...Object.keys(table.more)]),
    terms: table.terms,
    strong: table.strong,
    rank: new Map(table.terms.map((t, i) => [t, i])),
    singles: new Set(table.singles),
    joined: `|${table.terms.join('|')}|`,
  };
}

/** The pairs string as a map, Traditional → Simplified. */
export function compileT2s(table: T2sTable): ReadonlyMap<string, string> {
  const chars = [...table.pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}
