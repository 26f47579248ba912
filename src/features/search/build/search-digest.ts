/**
 * What of an article's body goes into the search index, and how. Indexing the whole body word by
 * word made the Pagefind index four chunks (about 100 KB) that nearly every Chinese query needed
 * in full. Instead the index holds, as running text, the title, the opening paragraph (which
 * answers the question, and makes the best excerpt) and the section headings; the rest of the
 * body is indexed as the set of words it uses, each once. Every word of the body stays findable;
 * the index is half the size.
 */
import { normalizeText, segmentWords, unique } from '../query/search-text.ts';

/** Markdown/MDX source as plain text: no imports, tags, link targets, images or markup symbols. */
export function markdownToText(source: string): string {
  return source
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s*[-*+]\s+\[[ xX]\]\s+/gm, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, ' ')
    .replace(/[*_`~[\]]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The opening paragraph of the body, as plain text (the first block of prose). */
export function introOf(source: string): string {
  const blocks = source.split(/\n\s*\n/);
  for (const block of blocks) {
    const first = block.trim();
    if (!first || /^(import|export)\s/.test(first) || /^(#|<|[-*+]\s|\d+\.\s|>|```)/.test(first)) continue;
    return markdownToText(first).replace(/\s*\n\s*/g, '');
  }
  return '';
}

/**
 * Every word the body uses, once, as cut by the segmenter: the body's searchable vocabulary. The
 * whole text goes to the segmenter in one call (it never joins words across the spaces that
 * normalising leaves between pieces): a call per piece made this a tenth of the build.
 */
export function bodyWords(source: string): string {
  return unique(segmentWords(normalizeText(markdownToText(source)))).join(' ');
}
