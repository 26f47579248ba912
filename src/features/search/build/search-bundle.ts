/**
 * One language's Pagefind bundle (SEARCH_BUNDLES), made in memory from its documents: Pagefind's
 * files and the result cards (src/features/search/query/search-cards.ts), ready to be written
 * into the built site. Pagefind reads one small document per article (search-document.ts), not
 * the built pages: what only the index needs stays out of what readers download, and the index
 * can be made while Astro is still building the pages.
 * Plain Node loads this file (in the index's worker thread): imports keep their extensions.
 */
import { gunzipSync } from 'node:zlib';
import { createIndex, type IndexFile } from 'pagefind';
import { cardFiles, cardsByPageId, pageIdFromFragmentPath, type ResultCard } from '../query/search-cards.ts';
import type { SearchDocument } from './search-document.ts';

/** A file for the built site: its path below dist/, without a leading slash. */
export interface OutputFile {
  path: string;
  content: Uint8Array | string;
}

/** The path below dist/ of a file `name` in the bundle at `bundle` (`/pagefind/`). */
export function inBundle(bundle: string, name: string): string {
  return `${bundle.replace(/^\//, '')}${name}`;
}

/** Pagefind's compressed files start with this signature once gunzipped. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Bundle files we never load, left out of dist (and so out of the offline precache): Pagefind's
 * ready-made interfaces, and its web worker, since the engine always runs with `noWorker` (the
 * search page runs it inside a worker of its own, client/search-worker.ts).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

/** The address of the page a fragment file is for. */
function fragmentUrl(file: IndexFile): string {
  const text = gunzipSync(file.content).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`search index: ${file.path} is not a Pagefind fragment`);
  return (JSON.parse(text.slice(SIGNATURE.length)) as { url: string }).url;
}

/**
 * Indexes `documents` into a bundle at `bundle` (`/pagefind/`); returns its files and a line for
 * the build log. The caller ends Pagefind's process (`close()`) when every bundle is made.
 */
export async function indexBundle(documents: readonly SearchDocument[], bundle: string): Promise<{ files: OutputFile[]; line: string }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Sent together, not one round trip each: Pagefind's service handles its messages one at a time,
  // in the order sent, so the index is the same.
  const added = await Promise.all(documents.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
  const cardsByUrl = new Map<string, ResultCard>();
  documents.forEach(({ url, card }, i) => {
    const { errors } = added[i]!;
    if (errors.length) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
    cardsByUrl.set(url, card);
  });

  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind could not build its files: ${fileErrors.join('; ')}`);
  // The index holds no display text; the cards come from the documents, joined by address.
  const pages = new Map<string, string>();
  for (const file of files) {
    const id = pageIdFromFragmentPath(file.path);
    if (id) pages.set(id, fragmentUrl(file));
  }
  if (pages.size === 0) throw new Error(`Pagefind found no article for ${bundle}`);
  const cards = cardsByPageId(pages, cardsByUrl);

  const written = Object.entries(cardFiles(cards));
  const output = [
    ...files.filter((file) => !UNUSED.test(file.path)).map((file) => ({ path: inBundle(bundle, file.path), content: file.content })),
    ...written.map(([name, value]) => ({ path: inBundle(bundle, name), content: JSON.stringify(value) })),
  ];
  const line = `indexed ${Object.keys(cards).length} articles into dist${bundle} (result cards in ${written.length} file${written.length === 1 ? '' : 's'})`;
  return { files: output, line };
}
