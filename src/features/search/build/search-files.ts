/**
 * Every file of the site's search, made from the article files alone: each language's Pagefind
 * bundle with its result cards (search-bundle.ts) and the typing tables (typing-files.ts). Nothing
 * here reads the built pages, so the index's worker thread (index-worker.ts) makes all of it while
 * Astro builds them, and writes it into dist/ at the end.
 * Plain Node loads this file (in the worker thread): imports keep their extensions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { close } from 'pagefind';
import { CONTENT_DIRS, type ArticleDirs } from '../../../content/content-dirs.ts';
import { readArticles, readEnArticles } from '../../../content/read-articles.ts';
import { SEARCH_BUNDLES, type SearchLang } from '../query/search-bundles.ts';
import { indexBundle, type OutputFile } from './search-bundle.ts';
import { searchSources } from './search-sources.ts';
import { enVocabulary, vocabulary } from './search-vocabulary.ts';
import { typingFiles } from './typing-files.ts';

/** The files, by path below dist/, and a line for the build log per bundle and for the tables. */
export interface SearchFiles {
  files: OutputFile[];
  lines: string[];
}

export async function makeSearchFiles(dirs: ArticleDirs = CONTENT_DIRS): Promise<SearchFiles> {
  const sources = searchSources(readArticles(dirs.articles), readEnArticles(dirs.enArticles, dirs.articles), {
    'zh-CN': vocabulary,
    en: enVocabulary,
  });
  try {
    const langs = Object.keys(SEARCH_BUNDLES) as SearchLang[];
    const bundles = Promise.all(langs.map((lang) => indexBundle(sources.documents[lang], SEARCH_BUNDLES[lang].bundle)));
    bundles.catch(() => {}); // awaited below
    // The tables are made while Pagefind's process starts and indexes.
    const typing = typingFiles(sources.typing, vocabulary, SEARCH_BUNDLES['zh-CN'].bundle);
    const built = await bundles;
    return { files: [...built.flatMap((b) => b.files), ...typing.files], lines: [...built.map((b) => b.line), typing.line] };
  } finally {
    await close();
  }
}

/** Writes `files` below `dir` (the built site), making their folders. */
export async function writeOutputFiles(dir: URL, files: readonly OutputFile[]): Promise<void> {
  const folders = new Set(files.map(({ path }) => new URL('./', new URL(path, dir)).href));
  await Promise.all([...folders].map((folder) => mkdir(new URL(folder), { recursive: true })));
  await Promise.all(files.map(({ path, content }) => writeFile(new URL(path, dir), content)));
}
