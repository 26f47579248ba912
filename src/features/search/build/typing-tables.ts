/**
 * Builds the tables behind Traditional, pinyin and IME-slip queries (shapes in
 * src/features/search/query/typing-tables.ts) from the site's own vocabulary, with maintained data:
 * OpenCC's conversion tables (`opencc-js`) and `pinyin-pro`'s readings. Both libraries stay at
 * build time; readers download only the small tables made here, and only when a query needs one.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { hasHan, normalizeText, segmentWords, unique } from '../query/search-text';
import type { Vocabulary } from '../query/search-synonyms';
import type { SoundsTable, T2sTable } from '../query/typing-tables';

/** The words of one article the tables are built from. */
export interface TypingSource {
  /** Title, description, keywords, errors and section headings, as written. */
  strong: string[];
  /** Every word of the body, space-separated (`bodyWords`). */
  body: string;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** The 3,755 characters of GB 2312 level 1, the common characters an IME offers first. */
export function commonCharacters(): string {
  const decoder = new TextDecoder('gb18030');
  let chars = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) if (!(hi === 0xd7 && lo > 0xf9)) chars += decoder.decode(new Uint8Array([hi, lo]));
  }
  return chars;
}

/** Every Han character of some texts. */
function hanCharacters(texts: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const ch of text) if (HAN_CHAR.test(ch)) set.add(ch);
  return set;
}

/**
 * Traditional → Simplified for the characters the site uses. Every CJK character that OpenCC
 * (Taiwan, Hong Kong and generic Traditional standards) turns into another character the site
 * uses, unless the site's Simplified text uses it itself (于 → 于, but 著 stays 著 on a site that
 * writes 著作): a character the site writes is never a sign of Traditional typing.
 */
export function t2sTable(siteChars: ReadonlySet<string>): T2sTable {
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  let pairs = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    if (siteChars.has(ch)) continue;
    for (const convert of converters) {
      // 帳 → 帐, which the site (and the query normaliser) writes 账.
      const simplified = normalizeText(convert(ch));
      if (simplified !== ch && [...simplified].length === 1 && siteChars.has(simplified)) {
        pairs += ch + simplified;
        break;
      }
    }
  }
  return { pairs };
}

/** Toneless readings of one character, ü written v (as on a keyboard). */
function readingsOf(ch: string): string[] {
  const all = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[];
  return unique(all.map((r) => r.replace(/ü/g, 'v').toLowerCase()).filter((r) => /^[a-z]+$/.test(r)));
}

/** Words of some texts as the segmenter cuts them (Han words only), counted by how many texts use them. */
function countWords(texts: readonly string[], counts: Map<string, number>) {
  for (const text of texts) {
    for (const word of unique(normalizeText(text).split(' ').flatMap((piece) => (hasHan(piece) ? segmentWords(piece) : [])))) {
      if ([...word].every((ch) => HAN_CHAR.test(ch))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
}

const byCount = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);

/**
 * The sounds table: the site's words (strong ones first, each group by how many articles use
 * it), the synonyms and stop phrases of the vocabulary, and the readings of their characters and
 * of the common characters.
 */
export function soundsTable(sources: readonly TypingSource[], vocab: Vocabulary): SoundsTable {
  const strongCounts = new Map<string, number>();
  for (const source of sources) countWords(source.strong, strongCounts);
  const vocabularyTerms = [...vocab.groups.flat(), ...vocab.stopWords].filter((t) => [...t].every((ch) => HAN_CHAR.test(ch)));
  for (const term of vocabularyTerms) if ([...term].length > 1) strongCounts.set(term, (strongCounts.get(term) ?? 0) + 1);
  const strongWords = byCount(strongCounts);
  const strongTerms = strongWords.filter((w) => [...w].length > 1);
  const known = new Set(strongTerms);
  const bodyCounts = new Map<string, number>();
  for (const source of sources) countWords([source.body], bodyCounts);
  const bodyTerms = byCount(bodyCounts).filter((w) => [...w].length > 1 && !known.has(w));
  const terms = [...strongTerms, ...bodyTerms];

  const singles = unique([...strongWords.filter((w) => [...w].length === 1), ...vocabularyTerms.filter((t) => [...t].length === 1)]);
  const chars = unique([...hanCharacters([...terms, ...singles]), ...commonCharacters()]);
  const readings: Record<string, string> = {};
  for (const ch of chars) for (const r of readingsOf(ch)) readings[r] = (readings[r] ?? '') + ch;
  return { readings, terms, strong: strongTerms.length, singles: singles.join('') };
}

/** Every Han character the site's text uses (what a Simplified reader types). */
export function siteCharacters(sources: readonly TypingSource[], vocab: Vocabulary): Set<string> {
  return hanCharacters(sources.flatMap((s) => [...s.strong, s.body]).concat(vocab.groups.flat(), [...vocab.stopWords]));
}
