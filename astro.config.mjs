// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/plugins/external-links.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// The public address of the deployed site, for canonical URLs and the sitemap.
// Set SITE_URL when building for a real host; the default only serves local previews.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // The schema tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.HELP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Stylesheets stay external files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/offline/') }),
    staticHeaders(),
    // Last: it precaches what the integrations before it wrote (the search index among them).
    serviceWorker(),
  ],
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }) },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
  // The site is static HTML; no prefetch or client router scripts.
  prefetch: false,
});
