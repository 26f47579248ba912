/**
 * Service worker: after one visit the site keeps working without a network.
 *
 * Written by the build (src/features/offline/service-worker-integration.ts) with the precache list and a version
 * derived from it, so every deploy that changes any file installs a new worker and a new cache.
 *
 * - Pages: network first (fresh facts matter), with a short wait on bad networks, then the cache,
 *   then the offline page.
 * - Everything else (assets, the search index): cache first. The cache belongs to one build, so it
 *   never serves a file from an older deploy.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `help-${VERSION}`;
const OFFLINE_URL = '/offline/';
/** How long a page request may take before the cached copy is shown instead. */
const NETWORK_WAIT_MS = 4000;
/**
 * The cache holds one build's files, so a looser match is safe and needed: hosts often send
 * `Vary: Origin` (a module script's request has an Origin header the precache request lacked), and
 * Pagefind adds `?ts=…` to its metadata requests to get past HTTP caches.
 */
const MATCH = { ignoreVary: true, ignoreSearch: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('help-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else {
    // Everything else is a file of this build: the cache holds this version's copy.
    event.respondWith(cacheFirst(request));
  }
});

async function page(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put(pageKey(request), response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: fall through to the cache.
  }
  const cached = await cache.match(pageKey(request), MATCH);
  if (cached) return cached;
  try {
    return await network;
  } catch {
    return (await cache.match(OFFLINE_URL, MATCH)) ?? new Response('离线', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

/** Pages are cached without their query, so /search/?q=… is served from /search/ offline. */
function pageKey(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, MATCH);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}
