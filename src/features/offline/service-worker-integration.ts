import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  const files: BuiltFile[] = [];
  const all = createHash('sha256');
  for (const rel of (await readdir(root, { recursive: true })).sort()) {
    const path = join(root, rel);
    const info = await stat(path);
    const url = urlForDistFile(rel);
    if (!info.isFile() || !isPrecacheCandidate(url)) continue;
    const bytes = await readFile(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    files.push({ url, bytes: info.size, hash });
    all.update(url).update(hash);
  }
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
