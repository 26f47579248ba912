import { describe, expect, it } from 'vitest';
import { choosePrecache, coreUrls, isHashedByName, urlForDistFile } from './offline-manifest';

const file = (url: string, bytes: number) => ({ url, bytes, hash: `${url.length.toString(16).padStart(4, '0')}${'ab'.repeat(30)}` });

describe('choosePrecache', () => {
  const files = [
    file('/pagefind/fragment/zh-cn_0811e59.pf_fragment', 300),
    file('/activation/bank-card/', 400),
    file('/_astro/site.B6s_l6eD.css', 200),
    file('/', 100),
    file('/pagefind/pagefind.js', 250),
    file('/sitemap-0.xml', 50),
    file('/sw.js', 10),
    file('/404.html', 10),
  ];
  const urls = (entries: { url: string }[]) => entries.map((e) => e.url);
  it('keeps pages, assets and the index before search fragments, and never the sitemap, the 404 page or itself', () => {
    expect(urls(choosePrecache(files).entries)).toEqual([
      '/',
      '/_astro/site.B6s_l6eD.css',
      '/activation/bank-card/',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/zh-cn_0811e59.pf_fragment',
    ]);
  });
  it('stops at the budget, dropping the least important files first', () => {
    const { entries, bytes, skipped } = choosePrecache(files, 1000);
    expect(urls(entries)).toEqual(['/', '/_astro/site.B6s_l6eD.css', '/activation/bank-card/', '/pagefind/pagefind.js']);
    expect(bytes).toBe(950);
    expect(skipped).toBe(1);
  });
  it('keeps the urgent-help page before any other page', () => {
    const tight = [...files, file('/urgent/', 100)];
    expect(urls(choosePrecache(tight, 400).entries)).toEqual(['/', '/urgent/', '/_astro/site.B6s_l6eD.css']);
  });
  it('treats the English pages as pages and the English search bundle as search', () => {
    const english = [
      file('/en/pagefind/fragment/en_b1c2d3e.pf_fragment', 1),
      file('/en/pagefind/pagefind.js', 1),
      file('/en/set-up/', 1),
      file('/en/urgent/', 1),
      file('/en/', 1),
      file('/_astro/site.B6s_l6eD.css', 1),
    ];
    expect(urls(choosePrecache(english).entries)).toEqual([
      '/en/',
      '/en/urgent/',
      '/_astro/site.B6s_l6eD.css',
      '/en/set-up/',
      '/en/pagefind/pagefind.js',
      '/en/pagefind/fragment/en_b1c2d3e.pf_fragment',
    ]);
  });
  it('gives a file a revision from its hash unless its name changes with its content', () => {
    const byUrl = Object.fromEntries(choosePrecache(files).entries.map((e) => [e.url, e.revision]));
    expect(byUrl['/activation/bank-card/']).toBe(file('/activation/bank-card/', 0).hash.slice(0, 12));
    expect(byUrl['/pagefind/pagefind.js']).toMatch(/^[0-9a-f]{12}$/);
    expect(byUrl['/_astro/site.B6s_l6eD.css']).toBeNull();
    expect(byUrl['/pagefind/fragment/zh-cn_0811e59.pf_fragment']).toBeNull();
  });
});

it('knows which files are named after their content', () => {
  const hashed = [
    '/_astro/style.qzBWOF4T.css',
    '/pagefind/index/zh-cn_3635501.pf_index',
    '/pagefind/pagefind.zh-cn_fe74533625ef2.pf_meta',
    '/pagefind/filter/zh-cn_57b78cb.pf_filter',
    '/pagefind/typing/sounds_3f2a9c01de.json',
    '/en/pagefind/index/en_9a1b2c3.pf_index',
  ];
  const named = [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/result-cards.json',
    '/pagefind/result-cards-2.json',
    '/pagefind/typing.json',
    '/pagefind/wasm.unknown.pagefind',
    '/text-size.js',
    '/favicon.svg',
    '/tips/',
    '/en/pagefind/pagefind.js',
  ];
  expect(hashed.filter((u) => !isHashedByName(u))).toEqual([]);
  expect(named.filter((u) => isHashedByName(u))).toEqual([]);
});

it('fetches the offline page and what it loads even for a reader who saves data', () => {
  const html =
    '<link rel="canonical" href="http://example.org/offline/"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/style.css">' +
    '<script src="/text-size.js"></script><a href="/tips/">tips</a><script type="module" src="/_astro/base.js"></script>';
  const listed = [
    '/',
    '/offline/',
    '/tips/',
    '/favicon.svg',
    '/_astro/style.css',
    '/_astro/base.js',
    '/_astro/helper.js',
    '/text-size.js',
    '/_astro/search.js',
  ];
  expect(coreUrls(html, ['/_astro/style.css', '/_astro/base.js', '/_astro/helper.js'], listed)).toEqual([
    '/offline/',
    '/favicon.svg',
    '/_astro/style.css',
    '/text-size.js',
    '/_astro/base.js',
    '/_astro/helper.js',
  ]);
});

it('maps dist files to the paths they are served at', () => {
  expect(urlForDistFile('index.html')).toBe('/');
  expect(urlForDistFile('activation/bank-card/index.html')).toBe('/activation/bank-card/');
  expect(urlForDistFile('_astro/x.css')).toBe('/_astro/x.css');
});
