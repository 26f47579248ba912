import { describe, expect, it } from 'vitest';
import { choosePrecache, urlForDistFile } from './offline-manifest';

describe('choosePrecache', () => {
  const files = [
    { url: '/pagefind/fragment/a.pf_fragment', bytes: 300 },
    { url: '/activation/bank-card/', bytes: 400 },
    { url: '/_astro/site.css', bytes: 200 },
    { url: '/', bytes: 100 },
    { url: '/pagefind/pagefind.js', bytes: 250 },
    { url: '/sitemap-0.xml', bytes: 50 },
    { url: '/sw.js', bytes: 10 },
  ];
  it('keeps pages, assets and the index before search fragments, and never the sitemap or itself', () => {
    expect(choosePrecache(files).urls).toEqual(['/', '/_astro/site.css', '/activation/bank-card/', '/pagefind/pagefind.js', '/pagefind/fragment/a.pf_fragment']);
  });
  it('stops at the budget, dropping the least important files first', () => {
    const { urls, bytes, skipped } = choosePrecache(files, 1000);
    expect(urls).toEqual(['/', '/_astro/site.css', '/activation/bank-card/', '/pagefind/pagefind.js']);
    expect(bytes).toBe(950);
    expect(skipped).toBe(1);
  });
  it('keeps the urgent-help page before any other page', () => {
    const tight = [...files, { url: '/urgent/', bytes: 100 }];
    expect(choosePrecache(tight, 400).urls).toEqual(['/', '/urgent/', '/_astro/site.css']);
  });
  it('treats the English pages as pages and the English search bundle as search', () => {
    const english = [
      { url: '/en/pagefind/fragment/b.pf_fragment', bytes: 1 },
      { url: '/en/pagefind/pagefind.js', bytes: 1 },
      { url: '/en/set-up/', bytes: 1 },
      { url: '/en/urgent/', bytes: 1 },
      { url: '/en/', bytes: 1 },
      { url: '/_astro/site.css', bytes: 1 },
    ];
    expect(choosePrecache(english).urls).toEqual(['/en/', '/en/urgent/', '/_astro/site.css', '/en/set-up/', '/en/pagefind/pagefind.js', '/en/pagefind/fragment/b.pf_fragment']);
  });
});

it('maps dist files to the paths they are served at', () => {
  expect(urlForDistFile('index.html')).toBe('/');
  expect(urlForDistFile('activation/bank-card/index.html')).toBe('/activation/bank-card/');
  expect(urlForDistFile('_astro/x.css')).toBe('/_astro/x.css');
});
