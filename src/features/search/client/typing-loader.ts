/**
 * Loads the typing tables (src/features/search/query/typing-tables.ts) from the search bundle,
 * each once and only when a query asks for it (src/features/search/query/typed-query.ts). The
 * small manifest comes with the search engine; without it (an older deploy, a dropped
 * connection) search works as before, reading every query as typed.
 */
import {
  compileSounds,
  compileT2s,
  TYPING_MANIFEST,
  type Sounds,
  type SoundsTable,
  type T2sTable,
  type TypingManifest,
} from '../query/typing-tables';
import type { TypingTables } from '../query/typed-query';

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A loader that forgets a failure, so the next query tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

const NONE: TypingTables = {
  traditional: new Set(),
  t2s: () => Promise.reject(new Error('no typing tables')),
  sounds: () => Promise.reject(new Error('no typing tables')),
};

/** The tables of the bundle at `bundle` (`/pagefind/`); never rejects. */
export async function loadTypingTables(bundle: string): Promise<TypingTables> {
  let manifest: TypingManifest;
  try {
    // The manifest keeps its name across deploys: ask the server whether it changed.
    manifest = await getJson<TypingManifest>(`${bundle}${TYPING_MANIFEST}`, { cache: 'no-cache' });
  } catch {
    return NONE;
  }
  // The tables' names change with their content: the HTTP cache may keep them.
  const t2s = once(async () => compileT2s(await getJson<T2sTable>(`${bundle}${manifest.files.t2s}`)));
  const sounds = once(async (): Promise<Sounds> => compileSounds(await getJson<SoundsTable>(`${bundle}${manifest.files.sounds}`)));
  return { traditional: new Set(manifest.traditional), t2s, sounds };
}
