import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Extensions the article collection loads. */
export const ARTICLE_EXTENSIONS = ['.mdx', '.md'] as const;

/**
 * The id of an article file: its path below the articles folder, without extension, with `/`
 * separators (`activation/bank-card`). This is also the URL path and what `related` refers to.
 */
export function articleIdFromPath(relPath: string): string | undefined {
  const normalised = relPath.split(sep).join('/');
  const ext = ARTICLE_EXTENSIONS.find((e) => normalised.endsWith(e));
  if (!ext) return undefined;
  const id = normalised.slice(0, -ext.length);
  // Files and folders starting with "_" are drafts, as in Astro's glob loader.
  if (id.split('/').some((part) => part.startsWith('_'))) return undefined;
  return id;
}

/**
 * Every article id under `dir`. Read synchronously when the content config loads so that the
 * schema can reject a `related` entry pointing at an article that does not exist.
 */
export function listArticleIds(dir: string): Set<string> {
  const ids = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  for (const file of files) {
    const id = articleIdFromPath(relative(dir, join(dir, file)));
    if (id) ids.add(id);
  }
  return ids;
}
