// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind';

// The public address of the deployed site, for canonical URLs and the sitemap.
// Set SITE_URL when building for a real host; the default only serves local previews.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // The schema tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.HELP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagefindIndex() must stay last: it indexes the HTML the other integrations produced.
  integrations: [mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  // The site is static HTML; no prefetch or client router scripts.
  prefetch: false,
});
