/**
 * npm run bench:offline [-- --article=account/appeal-pending --project=DIR --reuse=DIR]
 *
 * What a deploy costs a returning reader's service worker. Builds a temporary copy of the project,
 * lets Chromium (a 360 px phone) visit it until the worker has precached the site, then builds
 * again with one sentence of one article changed, serves the new build at the same address (so
 * the browser sees an update) and counts the bytes fetched on the reader's next visit until the
 * worker holds the new deploy. Prints the update's bytes next to a full precache's, every file it
 * fetched with the reason it changed, the issue's goals, and what a first visit costs a reader who
 * saves data (2G). Writes the figures to bench/RESULTS.md. A benchmark, not a test: it asserts
 * nothing, but says which goal is not met.
 *
 * `BENCH_KEEP=1` keeps the temporary copy (its two builds are deploy-1/ and deploy-2/);
 * `--reuse=DIR` measures such a kept copy again without building.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { launchBrowser, NetworkLog, phoneContext, totalBytes } from './lib/browser.ts';
import { runBuild, type BuildRun } from './lib/build.ts';
import { commitOf, load, machine, versionOf, writeResults } from './lib/machine.ts';
import {
  cacheKeysOf,
  changeOneSentence,
  diffDeploys,
  kindOf,
  precacheOf,
  type SentenceEdit,
  type UpdateKind,
} from './lib/offline-update.ts';
import { kb, markdownTable } from './lib/report.ts';
import { BENCH, REPO, articleFiles, copyProject, removeDir, tempDir } from './lib/workspace.ts';
import { serveDist } from '../tools/static-server.ts';

const { values: args } = parseArgs({
  options: {
    article: { type: 'string' },
    project: { type: 'string', default: REPO },
    reuse: { type: 'string' },
    results: { type: 'string', default: join(BENCH, 'RESULTS.md') },
    section: { type: 'string', default: 'offline' },
    note: { type: 'string' },
  },
});
const PROJECT = resolve(args.project!);
const log = (s: string) => console.log(`[bench:offline] ${s}`);
/** The issue's goal: an update costs under this share of a full precache. */
const GOAL_SHARE = 0.1;

const startedAt = new Date();
const loadBefore = load();
const dir = args.reuse ? resolve(args.reuse) : copyProject(tempDir('offline'), { source: PROJECT });
const first = join(dir, 'deploy-1');
const second = join(dir, 'deploy-2');
const articleId = args.article ?? articleFiles(join(dir, 'content', 'articles'))[0]!.replace(/\.mdx?$/, '');
const article = `/${articleId}/`;
const editFile = join(dir, 'bench-offline-edit.json');
const builds: BuildRun[] = [];

if (!args.reuse) {
  // The copy's own Astro cache, so the shared node_modules/.astro is left alone; the second build
  // uses what the first cached, as a real redeploy would.
  const env = { HELP_CACHE_DIR: join(dir, '.cache') };
  log(`building the first deploy in ${dir}…`);
  builds.push(await runBuild(dir, { env }));
  renameSync(join(dir, 'dist'), first);
  const source = join(dir, 'content', 'articles', `${articleId}.mdx`);
  const edit = changeOneSentence(readFileSync(source, 'utf8'));
  writeFileSync(source, edit.source);
  writeFileSync(editFile, JSON.stringify({ before: edit.before, after: edit.after }));
  log(`changed one sentence of ${article}: “${edit.before}” → “${edit.after}”; building again…`);
  builds.push(await runBuild(dir, { env }));
  renameSync(join(dir, 'dist'), second);
} else if (!existsSync(first) || !existsSync(second) || !existsSync(editFile)) {
  throw new Error(`${dir} is not a copy kept by BENCH_KEEP=1 (it needs deploy-1/, deploy-2/ and bench-offline-edit.json)`);
}
const edit = JSON.parse(readFileSync(editFile, 'utf8')) as Omit<SentenceEdit, 'source'>;

const diff = diffDeploys(first, second);
if (!diff.changed.includes(article)) throw new Error(`the second build did not change ${article}: the edit did not reach the page`);
const changedOrAdded = new Set([...diff.changed, ...diff.added]);
const linksToArticle = (page: string) => readFileSync(join(second, page, 'index.html'), 'utf8').includes(`href="${article}"`);
const list1 = precacheOf(first);
const list2 = precacheOf(second);

// One server for both deploys, at one address, as a host serves a site across a deploy: it serves
// whatever `site` points at, and the second deploy replaces the first by swapping the link.
const site = join(dir, 'site');
rmSync(site, { force: true });
symlinkSync(first, site);
let sent: { path: string; bytes: number }[] = [];
const server = await serveDist(site, (pathAndQuery, bytes) => sent.push({ path: pathAndQuery.split('?')[0]!, bytes }));

/** Resolves once the page's worker holds exactly `keys` in its one cache and has finished activating. */
async function workerHolds(page: Page, keys: readonly string[]): Promise<void> {
  const deadline = performance.now() + 180_000;
  for (;;) {
    const state = await page.evaluate(async () => ({
      caches: await caches.keys(),
      keys: (await caches.has('help-files'))
        ? (await (await caches.open('help-files')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search)
        : [],
      controller: navigator.serviceWorker.controller?.state,
    }));
    const same = state.keys.length === keys.length && [...state.keys].sort().every((k, i) => k === keys[i]);
    if (same && state.controller === 'activated' && state.caches.length === 1) return;
    if (performance.now() > deadline)
      throw new Error(
        `the worker did not settle: ${state.keys.length} of ${keys.length} entries, caches ${state.caches.join(', ')}, controller ${state.controller}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A first visit to the home page, with a log of every request the context makes. */
async function firstVisit(context: BrowserContext): Promise<{ net: NetworkLog; page: Page }> {
  const net = new NetworkLog(context, server.sizeOf);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('load');
  return { net, page };
}

const browser = await launchBrowser();
let full: { requests: number; bytes: number };
let update: { path: string; bytes: number; kind: UpdateKind }[];
let readerPage: { path: string; bytes: number } | undefined;
try {
  const context = await phoneContext(browser, { serviceWorkers: 'allow' });
  log('first visit: the worker precaches the first deploy…');
  const visit = await firstVisit(context);
  await visit.page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await workerHolds(visit.page, cacheKeysOf(list1));
  await visit.net.idle(2000, 120_000);
  // The worker's own script is reported as one of its requests; it is not part of the precache.
  const fromWorker = visit.net.records.filter((r) => r.fromServiceWorker && new URL(r.url).pathname !== '/sw.js');
  full = { requests: fromWorker.length, bytes: totalBytes(fromWorker) };

  log('second deploy: the reader comes back…');
  renameSync(site, `${site}.old`);
  symlinkSync(second, site);
  rmSync(`${site}.old`);
  sent = [];
  await visit.page.goto(`${server.url}/`);
  await workerHolds(visit.page, cacheKeysOf(list2));
  await visit.net.idle(2000, 120_000);
  // The page the reader opened is theirs, not the update's: the first response for it.
  const own = sent.findIndex((s) => s.path === '/');
  readerPage = own >= 0 ? sent.splice(own, 1)[0] : undefined;
  update = sent.map((s) => ({ ...s, kind: kindOf(s.path, article, changedOrAdded, linksToArticle) }));
  await context.close();
} finally {
  await browser.close();
}

log('a first visit on 2G (a reader who saves data)…');
const slow = await launchBrowser(['--force-effective-connection-type=2G']);
let saveData: { requests: number; bytes: number; paths: string[] };
try {
  const context = await phoneContext(slow, { serviceWorkers: 'allow' });
  const visit = await firstVisit(context);
  await visit.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await visit.net.idle(2000, 120_000);
  const fromWorker = visit.net.records.filter((r) => r.fromServiceWorker && new URL(r.url).pathname !== '/sw.js');
  saveData = { requests: fromWorker.length, bytes: totalBytes(fromWorker), paths: fromWorker.map((r) => new URL(r.url).pathname) };
  await context.close();
} finally {
  await slow.close();
}
await server.close();

const updateBytes = update.reduce((n, s) => n + s.bytes, 0);
const share = updateBytes / full.bytes;
const byKind = (kind: UpdateKind) => update.filter((s) => s.kind === kind);
const others = byKind('other');
const kindsRow = (kind: UpdateKind, label: string) => {
  const files = byKind(kind);
  return [label, String(files.length), kb(files.reduce((n, s) => n + s.bytes, 0))];
};
const table = markdownTable(
  ['figure', 'files', 'bytes'],
  [
    ['full precache (first visit, what the worker fetched)', String(full.requests), kb(full.bytes)],
    ['update after one sentence changed, in all', String(update.length), kb(updateBytes)],
    kindsRow('changed article', '… the changed article'),
    kindsRow('page listing it', '… pages that link to it and changed'),
    kindsRow('search index', '… search index files that changed'),
    kindsRow('worker', '… the worker script (sw.js)'),
    kindsRow('other', '… anything else'),
    ['update as a share of a full precache', '', `${(share * 100).toFixed(1)} %`],
    [
      'before revisions: an update fetched the worker and the full precache',
      String(full.requests + 1),
      kb(full.bytes + (byKind('worker')[0]?.bytes ?? 0)),
    ],
    ['the page the reader opened (their own visit, not counted above)', readerPage ? '1' : '0', kb(readerPage?.bytes)],
    ['first visit on 2G: what the worker fetched', String(saveData.requests), kb(saveData.bytes)],
  ],
);
const fetchedList = markdownTable(
  ['file fetched by the update', 'why', 'bytes'],
  update.map((s) => [s.path, s.kind, kb(s.bytes)]),
);
const chunks = (dist: string) => readdirSync(join(dist, 'pagefind', 'index')).length;
const chunksChanged = diff.added.filter((u) => u.endsWith('.pf_index')).length;
const notFetched = [...changedOrAdded].filter((u) => list2.some((e) => e.url === u) && !update.some((s) => s.path === u));
const goalFiles = others.length === 0 ? 'met' : `not met: ${others.map((s) => s.path).join(', ')}`;
const goalShare = share < GOAL_SHARE ? `met (${(share * 100).toFixed(1)} %)` : `not met (${(share * 100).toFixed(1)} %)`;

const report = `## Offline updates (\`npm run bench:offline\`)${args.section === 'offline' ? '' : ` (${args.section})`}
${args.note ? `\n${args.note}\n` : ''}
- Run: ${startedAt.toISOString()} on ${machine()}; load average before ${loadBefore}, after ${load()}.
- Project: ${PROJECT === REPO ? '' : `${PROJECT}, `}${commitOf(PROJECT)} (Astro ${versionOf(PROJECT, 'astro')}, Pagefind ${versionOf(PROJECT, 'pagefind')})${builds.length ? `; builds ${builds.map((b) => `${(b.ms / 1000).toFixed(1)} s`).join(' and ')}` : ', measured again from a kept copy'}.
- The edit: one sentence of ${article}, “${edit.before}” → “${edit.after}”. Between the two builds ${diff.changed.length} files changed, ${diff.added.length} were added and ${diff.removed.length} removed; the worker lists ${list1.length} and ${list2.length} files.

${table}

Goals (issue “Fast where readers feel it”, part 2): the update fetches at most the changed page, the pages that list it, the search index files that changed and the worker: ${goalFiles}. Under ${GOAL_SHARE * 100} % of a full precache: ${goalShare}.

${fetchedList}

- Search index chunks (\`pf_index\`) the edit replaced: ${chunksChanged} of ${chunks(second)}. Pagefind names a chunk after its content, and a chunk records where in each page its words occur: a word that an article gains moves the position of the words after it, so one edit can rewrite every chunk that holds one of that article's words.
${notFetched.length ? `\n- Changed files the worker lists but did not fetch (none expected): ${notFetched.join(', ')}\n` : ''}${diff.removed.length ? `\n- Files the second build no longer has (their cached copies are deleted on activation): ${diff.removed.join(', ')}\n` : ''}
How each figure is measured:
- Both builds are \`npm run build\` in one temporary copy of the project; the second runs after the edit and reuses the first one's Astro cache, as a redeploy would. The files that changed are those whose bytes differ between the two builds.
- One static server (tools/static-server.ts: gzip for text, as a host sends it) serves the first build, then the second at the same address. Chromium (Debian's) as a 360 px phone, service workers allowed.
- Full precache: the first visit to the home page; every request the worker makes by itself (its own script aside) until it holds every listed file and the network has been quiet for 2 s; bytes as the server sent them.
- Update: after the switch to the second build, the same reader opens the home page again; every response the server sends until the worker holds exactly the second build's list (old entries deleted, one cache left) and the network has been quiet for 2 s, except the home page the reader asked for. “Why” is the reason each file was fetched: the changed article, a page that links to it and changed, a Pagefind file that changed, the worker script; “other” would be a file the goal does not allow.
- First visit on 2G: Chromium started with \`--force-effective-connection-type=2G\` (what \`navigator.connection\` then reports to pages and workers), the same first visit, what the worker fetches by itself.
`;

console.log(`\n${report}`);
writeResults(resolve(args.results!), args.section!, report);
if (!args.reuse) {
  if (process.env['BENCH_KEEP']) log(`kept ${dir} (measure it again with --reuse=${dir})`);
  removeDir(dir);
}
