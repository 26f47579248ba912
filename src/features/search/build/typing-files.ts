/**
 * The typing tables' files for the Chinese search bundle (`dist/pagefind/`): `typing.json`, the
 * small manifest loaded with the search engine, and the tables, whose names carry a hash of their
 * content (`typing/sounds_<hash>.json`) so hosts and the offline worker can keep them until they
 * change. Made in the index's worker thread (index-worker.ts) from the Chinese articles' words
 * (search-sources.ts). Plain Node loads this file: imports keep their extensions.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Vocabulary } from '../query/search-synonyms.ts';
import { TYPING_MANIFEST, type TypingManifest } from '../query/typing-tables.ts';
import { inBundle, type OutputFile } from './search-bundle.ts';
import { siteCharacters, soundsTable, t2sTable, type TypingSource } from './typing-tables.ts';

/** `name_<first 10 hex of SHA-256>.json` */
function hashedName(name: string, text: string): string {
  return `typing/${name}_${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;
}

/** The manifest and the tables, in the bundle at `bundle` (`/pagefind/`), and a line for the build log. */
export function typingFiles(sources: readonly TypingSource[], vocab: Vocabulary, bundle: string): { files: OutputFile[]; line: string } {
  const { table, traditional } = t2sTable(siteCharacters(sources, vocab));
  const converted = new Set([...table.pairs].filter((_, i) => i % 2 === 0));
  const tables = { t2s: JSON.stringify(table), sounds: JSON.stringify(soundsTable(sources, vocab, converted)) };
  const names = { t2s: hashedName('t2s', tables.t2s), sounds: hashedName('sounds', tables.sounds) };
  const manifest: TypingManifest = { traditional, files: names };
  const manifestText = JSON.stringify(manifest);
  const files = [
    { path: inBundle(bundle, names.t2s), content: tables.t2s },
    { path: inBundle(bundle, names.sounds), content: tables.sounds },
    { path: inBundle(bundle, TYPING_MANIFEST), content: manifestText },
  ];
  const kb = (s: string) => `${(gzipSync(s).length / 1024).toFixed(1)} KB`;
  const line = `typing tables (gzip): manifest ${kb(manifestText)}, Traditional ${kb(tables.t2s)} (${[...traditional].length} of ${[...table.pairs].length / 2} characters signal Traditional), sounds ${kb(tables.sounds)}`;
  return { files, line };
}
