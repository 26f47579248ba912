/**
 * Helpers for `npm run bench:offline`: the one-sentence edit between two builds, what differs
 * between the two deploys, and the service worker's precache list read back from a built sw.js.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { urlForDistFile } from '../../src/features/offline/offline-manifest.ts';

export interface SentenceEdit {
  /** The article's source with one sentence changed. */
  source: string;
  before: string;
  after: string;
}

/** What the edit adds to the sentence: the caveat the articles' house style asks for. */
const ADDED = '，以微信内实际提示为准';

/**
 * Changes one sentence of an article, as an editor fixing a detail would: the first sentence of
 * the first plain paragraph after the first `##` heading (the opening paragraph when there is no
 * such paragraph), which gains a short clause. Throws when the article has no plain paragraph.
 */
export function changeOneSentence(mdx: string): SentenceEdit {
  const lines = mdx.split('\n');
  const bodyStart = lines.indexOf('---', 1) + 1;
  if (bodyStart === 0) throw new Error('the article has no frontmatter');
  const isParagraph = (line: string) =>
    /^[\p{Script=Han}\p{L}“「（(*]/u.test(line) && !/^(import|export)\b/.test(line) && line.includes('。');
  const firstSection = lines.findIndex((l, i) => i >= bodyStart && l.startsWith('## '));
  const candidates = [firstSection >= 0 ? firstSection : bodyStart, bodyStart];
  for (const from of candidates) {
    const at = lines.findIndex((l, i) => i > from && isParagraph(l));
    if (at < 0) continue;
    const line = lines[at]!;
    const end = line.indexOf('。');
    const start = Math.max(line.lastIndexOf('。', end - 1), line.lastIndexOf('！', end - 1), line.lastIndexOf('？', end - 1)) + 1;
    const before = line.slice(start, end + 1);
    const after = `${line.slice(start, end)}${ADDED}。`;
    lines[at] = line.slice(0, start) + after + line.slice(end + 1);
    return { source: lines.join('\n'), before, after };
  }
  throw new Error('the article has no plain paragraph to change');
}

/** Site path → bytes of every file in a built site. */
function filesOf(dist: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = join(dist, rel);
    if (statSync(path).isFile()) files.set(urlForDistFile(rel), readFileSync(path));
  }
  return files;
}

/** Files (as site paths) whose bytes differ between two builds, that only the second has, or only the first. */
export function diffDeploys(first: string, second: string): { changed: string[]; added: string[]; removed: string[] } {
  const a = filesOf(first);
  const b = filesOf(second);
  const changed = [...b.keys()].filter((u) => a.has(u) && !a.get(u)!.equals(b.get(u)!)).sort();
  const added = [...b.keys()].filter((u) => !a.has(u)).sort();
  const removed = [...a.keys()].filter((u) => !b.has(u)).sort();
  return { changed, added, removed };
}

/** The precache list a built sw.js carries (see src/features/offline/sw.js). */
export function precacheOf(dist: string): { url: string; revision: string | null }[] {
  const source = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /^const PRECACHE = (.*);$/m.exec(source)?.[1];
  if (!list) throw new Error(`${dist}/sw.js has no precache list`);
  return JSON.parse(list) as { url: string; revision: string | null }[];
}

/** The cache keys the worker stores a precache list under (its `keyFor`), as paths with query. */
export function cacheKeysOf(list: readonly { url: string; revision: string | null }[]): string[] {
  return list.map((e) => (e.revision ? `${e.url}?__rev=${e.revision}` : e.url)).sort();
}

export type UpdateKind = 'worker' | 'changed article' | 'page listing it' | 'search index' | 'other';

/**
 * Which of the allowed kinds a file fetched by an update is; `other` is none of them: a
 * file that did not change, or a changed page that does not link to the article.
 */
export function kindOf(
  url: string,
  article: string,
  changedOrAdded: ReadonlySet<string>,
  linksToArticle: (page: string) => boolean,
): UpdateKind {
  if (url === '/sw.js') return 'worker';
  if (!changedOrAdded.has(url)) return 'other';
  if (url === article) return 'changed article';
  if (url.endsWith('/')) return linksToArticle(url) ? 'page listing it' : 'other';
  if (url.startsWith('/pagefind/')) return 'search index';
  return 'other';
}
