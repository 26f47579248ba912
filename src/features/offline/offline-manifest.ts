/**
 * What the service worker keeps for offline reading, chosen at build time.
 *
 * Readers whose problem is a bad network must still be able to read and search after one visit,
 * so everything a page needs is precached: every page, its CSS and JS, and the search index. A
 * budget keeps a first visit on a metered connection from downloading more than it should; files
 * past the budget are cached when first used instead (search fragments last, since they are the
 * most numerous and each is needed only for one result).
 *
 * Each file carries a revision, so that a deploy costs a returning reader only the files it
 * changed; a reader who saves data gets only the offline page up front (see sw.js).
 */

export interface BuiltFile {
  /** Site path, e.g. `/activation/bank-card/` for a page or `/_astro/x.css`. */
  url: string;
  bytes: number;
  /** Hex digest of the file's bytes (SHA-256; the worker checks copies it finds against it). */
  hash: string;
}

/**
 * One file of the precache list, in Workbox's shape. The worker stores it under its URL and
 * revision, so a deploy that leaves a file alone leaves its cached copy alone.
 */
export interface PrecacheEntry {
  url: string;
  /** The start of the file's hash; `null` when the name already changes with the content. */
  revision: string | null;
}

/** Hex digits of a revision: enough to tell two versions of one file apart. */
export const REVISION_LENGTH = 12;

/**
 * Files whose name changes with their bytes: Vite's output in /_astro/, Pagefind's index,
 * fragments, filters and metadata (`zh-cn_3635501.pf_index`), and the search's typing tables
 * (`typing/sounds_3f2a9c01de.json`). Pagefind's entry file, its script, its wasm, the result
 * cards and the typing manifest keep their names, so they need a revision.
 */
export function isHashedByName(url: string): boolean {
  return (
    url.startsWith('/_astro/') ||
    /^(?:\/en)?\/pagefind\/.*_[0-9a-f]{7,}\.pf_[a-z]+$/.test(url) ||
    /^\/pagefind\/typing\/[a-z0-9]+_[0-9a-f]{10}\.json$/.test(url)
  );
}

/** Budget for the precache, in bytes as stored (uncompressed). */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;

/** The page shown for a page that is not cached while offline. */
export const OFFLINE_URL = '/offline/';

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

/** Files not worth keeping offline: maps for crawlers, host configuration, the host's 404 page. */
export function isPrecacheCandidate(url: string): boolean {
  return !/(^\/sw\.js$|\/_headers$|\.xml$|\/robots\.txt$|\.map$|^\/404(\/|\.html)$)/.test(url);
}

/**
 * The precache list: candidates by rank, then path, taken while they fit in the budget, each with
 * its revision. Returns the list and the bytes it adds up to.
 */
export function choosePrecache(
  files: readonly BuiltFile[],
  budget = PRECACHE_BUDGET,
): { entries: PrecacheEntry[]; bytes: number; skipped: number } {
  const sorted = files
    .filter((f) => isPrecacheCandidate(f.url))
    .sort((a, b) => precacheRank(a.url) - precacheRank(b.url) || a.url.localeCompare(b.url));
  const entries: PrecacheEntry[] = [];
  let bytes = 0;
  let skipped = 0;
  for (const f of sorted) {
    if (bytes + f.bytes > budget) {
      skipped++;
      continue;
    }
    entries.push({ url: f.url, revision: isHashedByName(f.url) ? null : f.hash.slice(0, REVISION_LENGTH) });
    bytes += f.bytes;
  }
  return { entries, bytes, skipped };
}

/**
 * What the worker fetches even for a reader who saves data: the offline page and what it links to
 * or loads (icon, stylesheet, scripts and their static imports, given as `loaded`), so that it
 * always renders. `listed` is the precache list's URLs; the result is a subset of it.
 */
export function coreUrls(offlineHtml: string, loaded: readonly string[], listed: readonly string[]): string[] {
  const known = new Set(listed);
  const linked = [...offlineHtml.matchAll(/<(?:link|script)\b[^>]*?\s(?:href|src)="(\/[^"#?]*)"/g)].map((m) => m[1]!);
  return [...new Set([OFFLINE_URL, ...linked, ...loaded])].filter((url) => known.has(url) && (url === OFFLINE_URL || !url.endsWith('/')));
}

/** The site path a file in dist is served at: `a/b/index.html` → `/a/b/`. */
export function urlForDistFile(relPath: string): string {
  const p = `/${relPath.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}
