/**
 * Word breaks in the text Pagefind indexes, and out again for display.
 *
 * Pagefind 1.6 indexes a run of Chinese as its words and also every pair of adjacent characters
 * in it, pairs across word boundaries included (如果还是 gives 果还). Those pairs were nearly half
 * the words of the Chinese index and matched no query better than the words themselves, but every
 * query downloaded them. A space between two words ends the run, so the build puts one at each
 * word boundary between two Chinese characters (`withWordBreaks`); pairs inside a word stay.
 * Pagefind keeps those spaces in the text it returns, so what shows that text to a reader takes
 * them out (`withoutWordBreaks`). Chinese text has no space between two Chinese characters of its
 * own (house style), which makes the second the exact inverse of the first.
 */
import { wordSegmenter } from './search-text.ts';

/** A Chinese character or a non-ASCII punctuation mark (，。“”……): where a break is ours. */
const CHINESE_SOURCE = String.raw`(?:\p{Script=Han}|[^\P{P}\p{ASCII}])`;
const CHINESE = new RegExp(CHINESE_SOURCE, 'u');
/** A space (or run of spaces) between two such characters. */
const BREAK = new RegExp(`(?<=${CHINESE_SOURCE}) +(?=${CHINESE_SOURCE})`, 'gu');

/** `text` with a space at every word boundary between two Chinese characters (build side). */
export function withWordBreaks(text: string): string {
  const plain = text.replace(BREAK, '');
  let out = '';
  let last = '';
  for (const { segment } of wordSegmenter().segment(plain)) {
    const first = String.fromCodePoint(segment.codePointAt(0)!);
    if (CHINESE.test(last) && CHINESE.test(first)) out += ' ';
    out += segment;
    last = [...segment].pop()!;
  }
  return out;
}

/** Indexed text as a reader should see it: the breaks `withWordBreaks` put in taken out. */
export function withoutWordBreaks(text: string): string {
  return text.replace(BREAK, '');
}
