// @ts-check
// Astro Starlight at its defaults, for the side-by-side benchmark (bench/peer.ts). The only
// settings are what any team would set for this content: the site title, Simplified Chinese as the
// single language (so pages say lang="zh-CN" and Pagefind segments Chinese), and one sidebar group
// per category. bench/peer.ts copies this folder to a temporary directory, writes the converted
// articles into src/content/docs and categories.json beside this file, then runs `astro build`.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const categories = JSON.parse(readFileSync(new URL('./categories.json', import.meta.url), 'utf8'));

export default defineConfig({
  // Keeps Astro's cache in the temporary site, not in the shared (symlinked) node_modules.
  cacheDir: './.astro-cache',
  integrations: [
    starlight({
      title: '钱包帮助中心',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: categories.map((/** @type {{ id: string; name: string }} */ c) => ({ label: c.name, items: [{ autogenerate: { directory: c.id } }] })),
    }),
  ],
});
