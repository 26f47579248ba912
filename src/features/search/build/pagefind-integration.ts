import type { AstroIntegration } from 'astro';
import { startIndexThread, type IndexThread } from './index-thread.ts';

/**
 * Writes the site's search files, one Pagefind bundle per language (`dist/pagefind/`,
 * `dist/en/pagefind/`) with their result cards, and the typing tables, as the last step of
 * `astro build`, so the index exists whenever a build finishes and can never be older than the
 * pages. A worker thread started with the build makes them from the article files
 * (index-thread.ts, search-files.ts); this step only waits for it and writes them.
 */
export function pagefindIndex(): AstroIntegration {
  let thread: IndexThread | undefined;
  return {
    name: 'help-center:pagefind',
    hooks: {
      // As early as a build allows: the worker's work fits in the time Astro spends on its own.
      'astro:build:start': () => {
        thread = startIndexThread();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const index = thread ?? startIndexThread();
        try {
          for (const line of await index.write(dir)) logger.info(line);
        } finally {
          await index.stop();
        }
      },
    },
  };
}
