import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { choosePrecache, PRECACHE_BUDGET, urlForDistFile } from './offline-manifest';

const TEMPLATE = new URL('./sw.js', import.meta.url);

/**
 * Writes `dist/sw.js` after the build (and after the search index, so it can be precached): the
 * template with the precache list and a version hashed from the files' contents.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = [];
        const hash = createHash('sha256');
        for (const rel of (await readdir(root, { recursive: true })).sort()) {
          const path = join(root, rel);
          const info = await stat(path);
          if (!info.isFile()) continue;
          files.push({ url: urlForDistFile(rel), bytes: info.size });
          hash.update(rel).update(await readFile(path));
        }
        const { urls, bytes, skipped } = choosePrecache(files);
        const version = hash.digest('hex').slice(0, 12);
        const source = (await readFile(TEMPLATE, 'utf8')).replace("'__VERSION__'", JSON.stringify(version)).replace('__PRECACHE__', JSON.stringify(urls));
        await writeFile(join(root, 'sw.js'), source, 'utf8');
        logger.info(
          `sw.js ${version}: precaches ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB of ${(PRECACHE_BUDGET / 1024).toFixed(0)} KB budget` +
            (skipped ? `; ${skipped} files left to runtime caching` : ''),
        );
      },
    },
  };
}
