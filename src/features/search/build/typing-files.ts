/**
 * Writes the typing tables into the search bundle (`dist/pagefind/`) at the end of the build:
 * `typing.json`, the small manifest loaded with the search engine, and the tables, whose names
 * carry a hash of their content (`typing/sounds_<hash>.json`) so hosts and the offline worker
 * can keep them until they change. The words come from `search-typing-words.json`, which
 * src/pages/search-typing-words.json.ts writes and this step deletes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Vocabulary } from '../query/search-synonyms.ts';
import { TYPING_MANIFEST, type TypingManifest } from '../query/typing-tables.ts';
import { siteCharacters, soundsTable, t2sTable, type TypingSource } from './typing-tables.ts';

/** Where the build leaves the words for this step. */
export const TYPING_WORDS_FILE = 'search-typing-words.json';

/** Reads the words file; throws naming what is wrong (a build step, not input). */
export function parseTypingWords(value: unknown): TypingSource[] {
  if (!Array.isArray(value)) throw new Error(`${TYPING_WORDS_FILE}: expected a list of articles`);
  return value.map((item, i) => {
    const source = item as Partial<TypingSource> | null;
    const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
    if (!strings(source?.names) || !strings(source.strong) || typeof source.body !== 'string') {
      throw new Error(`${TYPING_WORDS_FILE}: article ${i} needs "names" and "strong" (lists of strings) and "body" (a string)`);
    }
    return { names: source.names, strong: source.strong, body: source.body };
  });
}

/** `name_<first 10 hex of SHA-256>.json` */
function hashedName(name: string, text: string): string {
  return `typing/${name}_${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;
}

/** Writes the manifest and the tables into `outDir`; returns a line for the build log. */
export async function writeTypingFiles(dir: URL, outDir: URL, vocab: Vocabulary): Promise<string> {
  const wordsFile = new URL(TYPING_WORDS_FILE, dir);
  let text: string;
  try {
    text = await readFile(wordsFile, 'utf8');
  } catch {
    throw new Error(`typing tables: ${fileURLToPath(wordsFile)} is missing; src/pages/search-typing-words.json.ts should write it`);
  }
  await rm(wordsFile);
  const sources = parseTypingWords(JSON.parse(text));
  const { table, traditional } = t2sTable(siteCharacters(sources, vocab));
  const converted = new Set([...table.pairs].filter((_, i) => i % 2 === 0));
  const tables = { t2s: JSON.stringify(table), sounds: JSON.stringify(soundsTable(sources, vocab, converted)) };
  const files = { t2s: hashedName('t2s', tables.t2s), sounds: hashedName('sounds', tables.sounds) };
  const manifest: TypingManifest = { traditional, files };
  await mkdir(new URL('typing/', outDir), { recursive: true });
  await writeFile(new URL(files.t2s, outDir), tables.t2s);
  await writeFile(new URL(files.sounds, outDir), tables.sounds);
  const manifestText = JSON.stringify(manifest);
  await writeFile(new URL(TYPING_MANIFEST, outDir), manifestText);
  const kb = (s: string) => `${(gzipSync(s).length / 1024).toFixed(1)} KB`;
  return `typing tables (gzip): manifest ${kb(manifestText)}, Traditional ${kb(tables.t2s)} (${[...traditional].length} of ${[...table.pairs].length / 2} characters signal Traditional), sounds ${kb(tables.sounds)}`;
}
