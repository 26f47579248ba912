// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { checklistPlugin } from './src/integrations/checklist-plugin.ts';

// The public address of the deployed site, for canonical URLs and the sitemap.
// Set SITE_URL when building for a real host; the default only serves local previews.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // The schema tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.HELP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri is Astro's default engine; it is named here only to add the <Checklist> build step.
  // MDX inherits this processor and its plugins.
  markdown: { processor: satteri({ hastPlugins: [checklistPlugin] }) },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  // The site is static HTML; no prefetch or client router scripts.
  prefetch: false,
});
