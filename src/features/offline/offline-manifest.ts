/**
 * What the service worker keeps for offline reading, chosen at build time.
 *
 * Readers whose problem is a bad network must still be able to read and search after one visit,
 * so everything a page needs is precached: every page, its CSS and JS, and the search index. A
 * budget keeps a first visit on a metered connection from downloading more than it should; files
 * past the budget are cached when first used instead (search fragments last, since they are the
 * most numerous and each is needed only for one result).
 */

export interface BuiltFile {
  /** Site path, e.g. `/activation/bank-card/` for a page or `/_astro/x.css`. */
  url: string;
  bytes: number;
}

/** Budget for the precache, in bytes as stored (uncompressed). */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;

/** Lower rank = more important to have offline. */
export function precacheRank(url: string): number {
  // The urgent-help page is what a reader in trouble needs most, signal or not (in English too).
  if (url === '/offline/' || url === '/' || url === '/urgent/' || url === '/en/' || url === '/en/urgent/') return 0;
  if (url.startsWith('/_astro/') || url === '/favicon.svg' || url === '/manifest.webmanifest') return 1;
  // The search bundles, one per language: /pagefind/ and /en/pagefind/.
  const search = /^(?:\/en)?\/pagefind\//.test(url);
  if (search && url.includes('/fragment/')) return 4;
  if (search) return 3; // search code and index
  if (url.endsWith('/')) return 2; // pages
  return 5;
}

/** Files not worth keeping offline: maps for crawlers and host configuration. */
export function isPrecacheCandidate(url: string): boolean {
  return !/(^\/sw\.js$|\/_headers$|\.xml$|\/robots\.txt$|\.map$|^\/404\/$)/.test(url);
}

/**
 * The precache list: candidates by rank, then path, taken while they fit in the budget. Returns the
 * list and the bytes it adds up to.
 */
export function choosePrecache(files: readonly BuiltFile[], budget = PRECACHE_BUDGET): { urls: string[]; bytes: number; skipped: number } {
  const sorted = files
    .filter((f) => isPrecacheCandidate(f.url))
    .sort((a, b) => precacheRank(a.url) - precacheRank(b.url) || a.url.localeCompare(b.url));
  const urls: string[] = [];
  let bytes = 0;
  let skipped = 0;
  for (const f of sorted) {
    if (bytes + f.bytes > budget) {
      skipped++;
      continue;
    }
    urls.push(f.url);
    bytes += f.bytes;
  }
  return { urls, bytes, skipped };
}

/** The site path a file in dist is served at: `a/b/index.html` → `/a/b/`. */
export function urlForDistFile(relPath: string): string {
  const p = `/${relPath.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}
