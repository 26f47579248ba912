import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageWeight } from '../../../tools/page-weight.ts';
import {
  choosePrecache,
  coreUrls,
  isPrecacheCandidate,
  OFFLINE_URL,
  PRECACHE_BUDGET,
  urlForDistFile,
  type BuiltFile,
  type PrecacheEntry,
} from './offline-manifest.ts';

const TEMPLATE = new URL('./sw.js', import.meta.url);

/** What `writeServiceWorker` put in the worker, for the build log and the benchmark. */
export interface ServiceWorkerSummary {
  version: string;
  entries: PrecacheEntry[];
  core: string[];
  /** Uncompressed bytes of the listed files. */
  bytes: number;
  /** Files left out by the budget (cached when first used instead). */
  skipped: number;
}

/**
 * Writes `<root>/sw.js`: the template with the precache list (each file with its revision), the
 * files a reader who saves data still gets, and a version that changes with any file worth keeping.
 */
export async function writeServiceWorker(root: string, budget = PRECACHE_BUDGET): Promise<ServiceWorkerSummary> {
  const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
  // Read side by side (about 280 files): one after another, the reads took most of this step.
  const read = await Promise.all(
    paths.map(async (rel) => {
      const url = urlForDistFile(rel);
      if (!isPrecacheCandidate(url)) return undefined;
      const bytes = await readFile(join(root, rel));
      return { url, bytes: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') };
    }),
  );
  const files: BuiltFile[] = read.filter((f) => f !== undefined);
  const all = createHash('sha256');
  for (const { url, hash } of files) all.update(url).update(hash);
  const { entries, bytes, skipped } = choosePrecache(files, budget);
  const listed = entries.map((e) => e.url);
  const offlineHtml = await readFile(join(root, 'offline', 'index.html'), 'utf8');
  const core = coreUrls(offlineHtml, pageWeight(root, OFFLINE_URL).files, listed);
  if (!listed.includes(OFFLINE_URL))
    throw new Error(`The precache list must hold ${OFFLINE_URL}; the budget of ${budget} bytes leaves it out`);
  const version = all.digest('hex').slice(0, 12);
  const source = (await readFile(TEMPLATE, 'utf8'))
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(entries))
    .replace('__CORE__', JSON.stringify(core));
  await writeFile(join(root, 'sw.js'), source, 'utf8');
  return { version, entries, core, bytes, skipped };
}

/**
 * Writes `dist/sw.js` after the build, and after the search index, so that the index is precached.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, entries, bytes, skipped } = await writeServiceWorker(fileURLToPath(dir));
        const revised = entries.filter((e) => e.revision !== null).length;
        logger.info(
          `sw.js ${version}: precaches ${entries.length} files (${revised} with a revision, ${entries.length - revised} hashed by name), ` +
            `${(bytes / 1024).toFixed(0)} KB of ${(PRECACHE_BUDGET / 1024).toFixed(0)} KB budget` +
            (skipped ? `; ${skipped} files left to runtime caching` : ''),
        );
      },
    },
  };
}
