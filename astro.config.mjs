// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { externalLinks } from './src/content/external-links.ts';
import { staticHeaders } from './src/lib/static-headers.ts';
import { serviceWorker } from './src/features/offline/service-worker-integration.ts';
import { checklistPlugin } from './src/features/checklist/checklist-plugin.ts';
import { pagefindIndex } from './src/features/search/build/pagefind-integration.ts';
import { hreflangLinks, pairOf, readLanguagePairs } from './src/features/i18n/language-pairs.ts';

// The public address of the deployed site, for canonical URLs and the sitemap.
// Set SITE_URL when building for a real host; the default only serves local previews.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
// Pages in both languages (src/features/i18n/language-pairs.ts): the sitemap lists each with its
// other version and the Chinese one as x-default, as the pages' own hreflang links do.
const languagePairs = readLanguagePairs();

export default defineConfig({
  site,
  // The schema tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.HELP_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets stay external files: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
    // Pages render four at a time: one page's file is written while the next renders (the pages
    // do not depend on each other; the built site is the same byte for byte).
    concurrency: 4,
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/404') && !page.includes('/offline/'),
      serialize(item) {
        const pair = pairOf(new URL(item.url).pathname, languagePairs);
        if (pair) item.links = hreflangLinks(pair, new URL(site)).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
        return item;
      },
    }),
    staticHeaders(),
    // After every integration that writes HTML: it indexes the built pages.
    pagefindIndex(),
    // Last: it precaches what the integrations before it wrote (the search index among them).
    serviceWorker(),
  ],
  // Sätteri is Astro's default engine; it is named here to add build steps: <Checklist> items
  // become labelled checkboxes, external links get rel="noopener noreferrer". MDX inherits it.
  // No article has a code block: without a highlighter the build never loads Shiki.
  markdown: { processor: satteri({ hastPlugins: [checklistPlugin, externalLinks] }), syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // The search page's worker (src/features/search/client/search-worker.ts) as an ES module, so
    // it loads each language's engine and the typing code on demand, as the page does.
    worker: { format: 'es' },
    build: {
      // Never inline scripts or assets: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      // All CSS in one file (Astro links it from every page): one request per page instead of a
      // second small sheet on article and checklist pages, and one cached file for the whole visit.
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Results are rendered with their matched words marked: one chunk for both, which the
            // search page loads at once. Left to itself, Rolldown splits the marking code into a
            // chunk of its own whenever the set of modules sharing it changes (three requests and
            // 0.2 KB more on the search page's first load).
            groups: [{ name: 'search-render', test: /features\/search\/(client\/search-render|query\/search-highlight)\.ts$/ }],
          },
        },
      },
    },
  },
  // The site is static HTML; no prefetch or client router scripts.
  prefetch: false,
});
