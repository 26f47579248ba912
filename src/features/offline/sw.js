/**
 * Service worker: after one visit the site keeps working without a network.
 *
 * Written by the build (src/features/offline/service-worker-integration.ts), which fills in the
 * precache list: every file worth keeping, each with its own revision (a hash of its bytes; `null`
 * for files whose name already carries one, such as /_astro/ and Pagefind's chunks).
 *
 * - One cache for every deploy. A file is stored under its URL plus its revision, so an update
 *   fetches only the files whose revision changed; on activation, entries the new list does not
 *   name are deleted. Every entry a worker serves is therefore from its own deploy: a page and the
 *   hashed files it links to, the search code and its index.
 * - Install fetches the list in the background, unless the reader saves data (Save-Data on, or a
 *   2G connection): then only the offline page, its files and the pages open at the time are
 *   fetched, and the rest is kept as the reader opens it.
 * - Pages: network first (fresh facts matter), with a short wait on bad networks, then the cache,
 *   then the offline page. Everything else: cache first.
 */
/** Changes whenever any file worth keeping changes, so that browsers install the new worker. */
const VERSION = '__VERSION__';
/** @type {{ url: string, revision: string | null }[]} in order of importance */
const PRECACHE = __PRECACHE__;
/** URLs fetched at install even when the reader saves data: the offline page and its files. */
const CORE = __CORE__;
const CACHE = 'help-files';
const OFFLINE_URL = '/offline/';
/** How long a page request may take before the cached copy is shown instead. */
const NETWORK_WAIT_MS = 4000;
/** Files fetched at once during install: enough to fill a connection, few enough to let a page in. */
const PARALLEL = 4;
/**
 * Hosts often send `Vary: Origin`, and a module script's request has an Origin header the install
 * request lacked; the key already says which deploy a response belongs to.
 */
const MATCH = { ignoreVary: true };

const revisions = new Map(PRECACHE.map((e) => [e.url, e.revision]));

/**
 * The cache key of a site path: the path plus its revision for a listed file, the bare path for a
 * file whose name is its revision or that is not listed. Queries are dropped: Pagefind adds
 * `?ts=…` to get past HTTP caches, and /search/?q=… is the /search/ page.
 */
function keyFor(path) {
  const revision = revisions.get(path);
  return new URL(revision ? `${path}?__rev=${revision}` : path, self.location.origin).href;
}

/** The reader asked to save data, or the connection is too slow to download the site unasked. */
function savingData() {
  const c = self.navigator.connection;
  return !!c && (c.saveData === true || c.effectiveType === '2g' || c.effectiveType === 'slow-2g');
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      let entries = PRECACHE;
      if (savingData()) {
        // The offline page, and the pages open now: the reader opened them before this worker ran.
        const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => new URL(c.url).pathname);
        entries = PRECACHE.filter((e) => CORE.includes(e.url) || open.includes(e.url));
      }
      await precache(entries);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const wanted = new Set(PRECACHE.map((e) => keyFor(e.url)));
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
      // The per-deploy caches of earlier workers (`help-<hash>`).
      for (const name of await caches.keys()) if (name.startsWith('help-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/**
 * Stores every entry whose key is not cached yet. A failure fails the install (the old worker
 * stays); what was stored is kept, so the next attempt fetches only the rest.
 */
async function precache(entries) {
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((r) => r.url));
  const missing = entries.filter((e) => !have.has(keyFor(e.url)));
  const work = async () => {
    for (let entry = missing.shift(); entry; entry = missing.shift()) {
      const response = (await fromEarlierWorker(entry)) ?? (await fetchEntry(entry));
      await cache.put(keyFor(entry.url), response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
}

async function fetchEntry({ url, revision }) {
  // A listed file's URL does not change with its bytes: revalidate rather than trust the HTTP cache.
  const response = await fetch(url, { cache: revision ? 'no-cache' : 'default' });
  if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
  return response;
}

/**
 * The same file from the cache of a worker that cached per deploy, so that moving to this worker
 * downloads only what changed: a hashed file by name, any other only if its bytes hash to the
 * revision.
 */
async function fromEarlierWorker({ url, revision }) {
  for (const name of await caches.keys()) {
    if (!/^help-[0-9a-f]{12}$/.test(name)) continue;
    const cached = await (await caches.open(name)).match(url, { ignoreVary: true, ignoreSearch: true });
    if (!cached) continue;
    if (revision === null) return cached;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await cached.clone().arrayBuffer()));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    if (hex.startsWith(revision)) return cached;
  }
  return undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = keyFor(url.pathname);
  event.respondWith(request.mode === 'navigate' ? page(event, key) : cacheFirst(event, key));
});

async function page(event, key) {
  const network = fetch(event.request);
  keepFrom(event, key, network);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: fall through to the cache.
  }
  const cached = await caches.match(key, { cacheName: CACHE, ...MATCH });
  if (cached) return cached;
  try {
    return await network;
  } catch {
    return (
      (await caches.match(keyFor(OFFLINE_URL), { cacheName: CACHE, ...MATCH })) ??
      new Response('离线', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    );
  }
}

async function cacheFirst(event, key) {
  const cached = await caches.match(key, { cacheName: CACHE, ...MATCH });
  if (cached) return cached;
  const network = fetch(event.request);
  keepFrom(event, key, network);
  return network;
}

/**
 * Keeps what the reader opened, once the response arrives. A listed file already cached stays as
 * it is: that copy is from this worker's deploy, where the network may already serve the next one.
 */
function keepFrom(event, key, network) {
  const stored = network.then(async (response) => {
    if (!response.ok) return;
    // Cloned now, before the page starts reading the body.
    const copy = response.clone();
    const cache = await caches.open(CACHE);
    if (revisions.has(new URL(key).pathname) && (await cache.match(key, MATCH))) return;
    await cache.put(key, copy);
  });
  event.waitUntil(stored.catch(() => undefined));
}
