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
      // As soon as a build starts: until Astro bundles, its start-up (config, content sync, types)
      // keeps one of two cores busy, and the worker's work fits beside it. Started later, at
      // astro:build:start, it competed with Vite's bundling, which keeps both busy (builds took
      // about 0.3-0.5 s longer, bench/RESULTS.md).
      'astro:config:setup': ({ command }) => {
        if (command === 'build') thread = startIndexThread();
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
