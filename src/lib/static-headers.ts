import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security.ts';

/** Writes `dist/_headers` after the build, from the same source as the pages' CSP meta tag. */
export function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(), 'utf8');
        logger.info('wrote _headers');
      },
    },
  };
}
