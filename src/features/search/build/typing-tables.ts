/**
 * Builds the tables behind Traditional, pinyin and IME-slip queries (shapes in
 * src/features/search/query/typing-tables.ts) from the site's own vocabulary, with maintained data:
 * OpenCC's conversion tables (`opencc-js`) and `pinyin-pro`'s readings. Both libraries stay at
 * build time; readers download only the small tables made here, and only when a query needs one.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { hasHan, normalizeText, segmentWords, unique } from '../query/search-text.ts';
import type { Vocabulary } from '../query/search-synonyms.ts';
import type { SoundsTable, T2sTable } from '../query/typing-tables.ts';

/** The words of one article the tables are built from. */
export interface TypingSource {
  /** Title, keywords and error texts, as written: the words readers use for the article. */
  names: string[];
  /** Description and section headings, as written. */
  strong: string[];
  /** The body as plain text (`markdownToText`). */
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

/** The CJK characters the Traditional table considers (U+3400–U+9FFF), and each as OpenCC converts it. */
interface RangeConversions {
  chars: string[];
  /** For each Traditional standard (Taiwan, Hong Kong, generic), what each of `chars` becomes. */
  converted: string[][];
}

let conversions: RangeConversions | undefined;

/** Computed once per process: it depends on OpenCC's data only, not on the site. */
function rangeConversions(): RangeConversions {
  if (conversions) return conversions;
  const chars = Array.from({ length: 0x9fff - 0x3400 + 1 }, (_, i) => String.fromCodePoint(0x3400 + i));
  // Each standard converts the whole range in one call, a character a line: one call per character
  // took a third of the index step's time, and a line break keeps OpenCC's phrases from spanning two.
  const range = chars.join('\n');
  const converted = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' })(range).split('\n'));
  conversions = { chars, converted };
  return conversions;
}

/**
 * Traditional → Simplified for the characters the site uses: every CJK character that OpenCC
 * (Taiwan, Hong Kong and generic Traditional standards) turns into another character the site
 * uses. `traditional` lists those of them the site's text does not use itself (著 stays out on a
 * site that writes 著作权; 紅 on a page that quotes 紅包): a character the site writes is no sign
 * of Traditional typing, though a query with other Traditional characters has it converted too.
 */
export function t2sTable(siteChars: ReadonlySet<string>): { table: T2sTable; traditional: string } {
  const { chars, converted } = rangeConversions();
  let pairs = '';
  let traditional = '';
  chars.forEach((ch, i) => {
    for (const lines of converted) {
      // 帳 → 帐, which the site (and the query normaliser) writes 账.
      const simplified = normalizeText(lines[i]!);
      if (simplified !== ch && [...simplified].length === 1 && siteChars.has(simplified)) {
        pairs += ch + simplified;
        if (!siteChars.has(ch)) traditional += ch;
        return;
      }
    }
  });
  return { table: { pairs }, traditional };
}

const readingsCache = new Map<string, string[]>();

/** Toneless readings of one character, ü written v (as on a keyboard), the most common first. */
function readingsOf(ch: string): string[] {
  let readings = readingsCache.get(ch);
  if (!readings) {
    const all = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[];
    readings = unique(all.map((r) => r.replace(/ü/g, 'v').toLowerCase()).filter((r) => /^[a-z]+$/.test(r)));
    readingsCache.set(ch, readings);
  }
  return readings;
}

/**
 * Words of some texts as the segmenter cuts them (Han words only), counted by how many texts use
 * them. ICU's dictionary cuts some everyday words into pieces (提|现, 手续|费, 亲属|卡), so a
 * single character joined to its neighbour (three characters at most, no stop word) counts as a
 * word too; `pairs` keeps those apart, to be kept only when several articles use them (a word,
 * not a chance neighbourhood).
 */
function countWords(texts: readonly string[], counts: Map<string, number>, pairs: Map<string, number>, isStop: (w: string) => boolean) {
  const words = new Set<string>();
  const joined = new Set<string>();
  const isHanWord = (w: string | undefined) => !!w && [...w].every((ch) => HAN_CHAR.test(ch)) && !isStop(w);
  for (const text of texts) {
    for (const piece of normalizeText(text).split(' ')) {
      if (!hasHan(piece)) continue;
      const segments = segmentWords(piece);
      segments.forEach((word, i) => {
        if (![...word].every((ch) => HAN_CHAR.test(ch))) return;
        words.add(word);
        const next = segments[i + 1];
        if (isHanWord(word) && isHanWord(next) && Math.min(word.length, next!.length) === 1 && word.length + next!.length <= 3)
          joined.add(word + next);
      });
    }
  }
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const pair of joined) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
}

/** Joined pieces used by this many articles or more count as words. */
const PAIR_ARTICLES = 2;

/**
 * Words by how many articles use them; among equals, the word of the characters the site uses
 * most first (提现 before 体现, when an article lists the slip 体现手续费 as a keyword).
 */
function byCount(counts: Map<string, number>, charCounts: Map<string, number>): string[] {
  const weight = (w: string) => [...w].reduce((sum, ch) => sum + (charCounts.get(ch) ?? 0), 0) / [...w].length;
  return [...counts].sort((a, b) => b[1] - a[1] || weight(b[0]) - weight(a[0]) || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * The sounds table: the site's words (those of titles, keywords and error texts first, then of
 * descriptions and headings, each group by how many articles use it), the synonyms and stop phrases
 * of the vocabulary, and the readings of their characters and of the common characters.
 *
 * Article bodies stay out of it. Pinyin and slips are matched against the words readers use for an
 * article, which bodies add nothing to (every query set scores the same without them), and a table
 * built from bodies changed with every edited sentence: each deploy made returning readers' offline
 * copy download it again (bench:offline).
 */
export function soundsTable(
  sources: readonly TypingSource[],
  vocab: Vocabulary,
  traditional: ReadonlySet<string> = new Set(),
): SoundsTable {
  const isStop = (w: string) => vocab.stopWords.has(w);
  const tiers = [new Map<string, number>(), new Map<string, number>()] as const;
  const pairs = [new Map<string, number>(), new Map<string, number>()] as const;
  for (const source of sources) {
    countWords(source.names, tiers[0], pairs[0], isStop);
    countWords(source.strong, tiers[1], pairs[1], isStop);
    // Keywords and error texts are readers' own phrases: each is a term as a whole, too.
    for (const phrase of source.names) {
      const whole = normalizeText(phrase);
      if (/^\p{Script=Han}{2,8}$/u.test(whole)) tiers[0].set(whole, (tiers[0].get(whole) ?? 0) + 1);
    }
  }
  const vocabularyTerms = [...vocab.groups.flat(), ...vocab.stopWords].filter((t) => [...t].every((ch) => HAN_CHAR.test(ch)));
  for (const term of vocabularyTerms) if ([...term].length > 1) tiers[0].set(term, (tiers[0].get(term) ?? 0) + 1);
  // A joined piece is a word when several articles use it, in any of these texts.
  const pairArticles = new Map<string, number>();
  for (const tier of pairs) for (const [pair, n] of tier) pairArticles.set(pair, (pairArticles.get(pair) ?? 0) + n);
  const charCounts = new Map<string, number>();
  for (const source of sources)
    for (const text of [...source.names, ...source.strong]) for (const ch of text) charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
  const seen = new Set<string>();
  const [names, strong] = tiers.map((counts, i) => {
    for (const [pair, n] of pairs[i]!) if ((pairArticles.get(pair) ?? 0) >= PAIR_ARTICLES && !counts.has(pair)) counts.set(pair, n);
    // A word written in Traditional characters (an article may quote 紅包) is no reading of pinyin.
    const words = byCount(counts, charCounts).filter((w) => !seen.has(w) && ![...w].some((ch) => traditional.has(ch)));
    for (const w of words) seen.add(w);
    return words;
  }) as [string[], string[]];
  const strongWords = [...names, ...strong];
  const terms = strongWords.filter((w) => [...w].length > 1);

  const singles = unique([...strongWords.filter((w) => [...w].length === 1), ...vocabularyTerms.filter((t) => [...t].length === 1)]);
  const chars = unique([...hanCharacters([...terms, ...singles]), ...commonCharacters()]);
  const readings: Record<string, string> = {};
  const more: Record<string, string> = {};
  for (const ch of chars) {
    readingsOf(ch).forEach((r, i) => {
      const into = i === 0 ? readings : more;
      into[r] = (into[r] ?? '') + ch;
    });
  }
  return { readings, more, terms, strong: terms.length, singles: singles.join('') };
}

/** Every Han character the site's text uses (what a Simplified reader types). */
export function siteCharacters(sources: readonly TypingSource[], vocab: Vocabulary): Set<string> {
  return hanCharacters(sources.flatMap((s) => [...s.names, ...s.strong, s.body]).concat(vocab.groups.flat(), [...vocab.stopWords]));
}
