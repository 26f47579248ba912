import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type IndexFile } from 'pagefind';
import { parseSearchDocuments } from './search-document.ts';
import { startTypingThread, type TypingThread } from './typing-thread.ts';
import { cardFiles, cardsByPageId, pageIdFromFragmentPath, type ResultCard } from '../query/search-cards.ts';
import { SEARCH_BUNDLES } from '../query/search-bundles.ts';

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

/** Reads and removes the search documents the build wrote (src/pages/search-documents.json.ts, src/pages/en/…). */
async function takeSearchDocuments(dir: URL, name: string) {
  const file = new URL(name, dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`search index: ${fileURLToPath(file)} is missing; src/pages/${name}.ts should write it`);
  }
  await rm(file);
  return parseSearchDocuments(JSON.parse(text));
}

/** Builds one language's bundle (SEARCH_BUNDLES) from its documents; returns what the log says. */
async function buildBundle(dir: URL, documents: string, bundle: string): Promise<string> {
  const outDir = new URL(`.${bundle}`, dir);
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const cardsByUrl = new Map<string, ResultCard>();
  const docs = await takeSearchDocuments(dir, documents);
  // Sent together, not one round trip each: Pagefind's service handles its messages one at a time,
  // in the order sent, so the index is the same.
  const added = await Promise.all(docs.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
  docs.forEach(({ url, card }, i) => {
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
  if (pages.size === 0) throw new Error(`Pagefind found no article in ${documents}`);
  const cards = cardsByPageId(pages, cardsByUrl);

  for (const file of files) {
    if (UNUSED.test(file.path)) continue;
    const target = new URL(file.path, outDir);
    await mkdir(new URL('./', target), { recursive: true });
    await writeFile(target, file.content);
  }
  const written = Object.entries(cardFiles(cards));
  for (const [name, value] of written) await writeFile(new URL(name, outDir), JSON.stringify(value));
  return `indexed ${Object.keys(cards).length} articles into ${fileURLToPath(outDir)} (result cards in ${written.length} file${written.length === 1 ? '' : 's'})`;
}

/**
 * Builds the Pagefind indexes, one bundle per language (`dist/pagefind/`, `dist/en/pagefind/`), as
 * the last step of `astro build`, so the index exists whenever a build finishes and can never be
 * older than the pages, plus the result cards (src/features/search/query/search-cards.ts) from the
 * documents' card text, and the typing tables (typing-files.ts, in a worker thread started with
 * the build: typing-thread.ts).
 * Pagefind reads one small document per article (src/features/search/build/search-document.ts),
 * not the built pages: what only the index needs stays out of what readers download.
 */
export function pagefindIndex(): AstroIntegration {
  let typing: TypingThread | undefined;
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:start': () => {
        typing = startTypingThread();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const thread = typing ?? startTypingThread();
        try {
          // The typing tables read Chinese queries only; the worker writes them while Pagefind indexes.
          const tables = thread.write(dir, new URL(`.${SEARCH_BUNDLES['zh-CN'].bundle}`, dir));
          tables.catch(() => {}); // awaited below, after the bundles
          // Both languages at once: while Pagefind indexes one, this side writes the other's files.
          const bundles = await Promise.all(
            Object.values(SEARCH_BUNDLES).map(({ documents, bundle }) => buildBundle(dir, documents, bundle)),
          );
          for (const line of bundles) logger.info(line);
          logger.info(await tables);
        } finally {
          await Promise.all([close(), thread.stop()]);
        }
      },
    },
  };
}
