import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type IndexFile } from 'pagefind';
import { CARDS_FILE, cardFromFragment, pageIdFromFragmentPath, type FragmentLike, type ResultCards } from '../lib/search-cards';

/** Pagefind's compressed files start with this signature once gunzipped. */
const SIGNATURE = 'pagefind_dcd';

/** Bundle files we never load (Pagefind's ready-made interfaces); left out of dist. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function readFragment(file: IndexFile): FragmentLike {
  const text = gunzipSync(file.content).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`search index: ${file.path} is not a Pagefind fragment`);
  return JSON.parse(text.slice(SIGNATURE.length)) as FragmentLike;
}

/**
 * Builds the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so the index
 * exists whenever a build finishes and can never be older than the pages, plus the result cards
 * (src/lib/search-cards.ts). Only elements marked `data-pagefind-body` (articles) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outDir = new URL('pagefind/', dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);

          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`Pagefind could not build its files: ${fileErrors.join('; ')}`);
          const cards: ResultCards = {};
          for (const file of files) {
            const id = pageIdFromFragmentPath(file.path);
            if (id) cards[id] = cardFromFragment(readFragment(file));
          }
          if (Object.keys(cards).length === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}`);

          for (const file of files) {
            if (UNUSED.test(file.path)) continue;
            const target = new URL(file.path, outDir);
            await mkdir(new URL('./', target), { recursive: true });
            await writeFile(target, file.content);
          }
          await writeFile(new URL(CARDS_FILE, outDir), JSON.stringify(cards));
          logger.info(`indexed ${Object.keys(cards).length} articles into ${fileURLToPath(outDir)}`);
        } finally {
          await close();
        }
      },
    },
  };
}
