/**
 * The document Pagefind indexes for an article: a small HTML page made at build time that never
 * reaches a reader. It holds what src/features/search/build/search-digest.ts says the index should read (the title,
 * the opening paragraph and the section headings as text; the body's words once) and the hidden
 * fields of src/features/search/build/search-index-terms.ts. Indexing these instead of the article pages keeps about
 * 2 KB of index-only markup out of every page a reader downloads, and spares Pagefind parsing
 * every built page.
 *
 * What a result shows (title, category, description) is not in it: Pagefind indexes every metadata
 * field, split on spaces only, so a Chinese title or description would be one long word in the
 * index that no query matches (about 5 % of the index). The document carries that text beside the
 * HTML instead (`card`), and the index step writes it into the result cards
 * (src/features/search/query/search-cards.ts).
 */
import type { ArticleData } from '../../../content/schemas/article.ts';
import { proseLines } from '../../../content/lint/mdx-text.ts';
import { introOf, markdownToText } from './search-digest.ts';
import { searchMetaFor } from './search-index-terms.ts';
import type { Vocabulary } from '../query/search-synonyms.ts';
import type { ResultCard } from '../query/search-cards.ts';
import { withWordBreaks } from '../query/word-breaks.ts';

/** An article's frontmatter fields the document needs, and what the page adds to them. */
export type SearchDocumentSource = Pick<ArticleData, 'title' | 'description' | 'category' | 'keywords' | 'errors'> & {
  /** The article's address, as links use it (`/activation/network/`). */
  url: string;
  /** The category's name as shown on results (`category` is its id, the filter). */
  categoryName: string;
  /** The body's Markdown/MDX source. */
  body: string;
  /**
   * The article's language (Chinese when left out): the document's <html lang>, by which Pagefind
   * files it in that language's index.
   */
  lang?: 'zh-CN' | 'en';
};

export interface SearchDocument {
  url: string;
  html: string;
  /** What the article's search result shows; never indexed. */
  card: ResultCard;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
/** Running text for the index: escaped, with word breaks (word-breaks.ts: no pairs across words). */
const indexed = (text: string) => escape(withWordBreaks(text));

/** Section headings (## and ###) of a Markdown/MDX body as plain text; fenced code is skipped. */
export function headingsOf(body: string): string[] {
  return proseLines({ frontmatter: {}, body, bodyLine: 1 }).flatMap(({ raw }) => {
    const match = /^ {0,3}#{2,3}\s+(.+?)\s*#*\s*$/.exec(raw);
    const text = match ? markdownToText(match[1]!.replace(/\s*\{#[^}]*\}$/, '')) : '';
    return text ? [text] : [];
  });
}

/** Headings end with 。 so excerpts read as Chinese sentences (Pagefind joins blocks with ". "); English ones with a full stop. */
const asSentence = (heading: string, lang: SearchDocumentSource['lang']) =>
  lang === 'en' ? (/[.?!:]$/.test(heading) ? heading : `${heading}.`) : /[。？！：]$/.test(heading) ? heading : `${heading}。`;

export function searchDocument(source: SearchDocumentSource, vocab: Vocabulary): SearchDocument {
  const intro = introOf(source.body) || source.description; // a body without prose still gets a lead
  const terms = Object.entries(searchMetaFor(source, vocab)).filter(([, value]) => value);
  const meta = (field: string, value: string) => `<span data-pagefind-meta="${field}[data-value]" data-value="${escape(value)}"></span>`;
  const html = [
    `<!DOCTYPE html><html lang="${source.lang ?? 'zh-CN'}"><body><main data-pagefind-body>`,
    // An explicit empty title: Pagefind would otherwise take the h1 as the page's title metadata and
    // index it whole. The id makes the h1 an anchor of the fragment, where a result whose card is
    // missing finds its title (cardFromFragment); the index is the same with or without it.
    `<h1 id="title" data-pagefind-meta="title:">${indexed(source.title)}</h1>`,
    `<p>${indexed(intro)}</p>`,
    `<div data-pagefind-weight="3">${headingsOf(source.body)
      .map((h) => `<p>${indexed(asSentence(h, source.lang))}</p>`)
      .join('')}</div>`,
    '<div data-pagefind-ignore>',
    `<span data-pagefind-filter="category[data-value]" data-value="${escape(source.category)}"></span>`,
    ...terms.map(([field, value]) => meta(field, value)),
    '</div></main></body></html>',
  ].join('');
  const card = {
    url: source.url,
    title: source.title,
    category: source.categoryName,
    categoryId: source.category,
    description: source.description,
  };
  return { url: source.url, html, card };
}
