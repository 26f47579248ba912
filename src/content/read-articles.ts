/**
 * The articles read straight from their files, outside Astro: for the search index's worker
 * thread (src/features/search/build/index-worker.ts), which starts with the build and cannot use
 * the content collections, and for tools/content.ts. Each file's frontmatter goes through the
 * collection's own schema, and `body` is what a collection entry's `body` holds (the text after
 * the frontmatter, trimmed), so what is made from it matches what the pages are made from.
 * Plain Node loads this file (it runs in a worker thread of the build): imports keep their extensions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ARTICLE_EXTENSIONS, listArticleIds } from './article-ids.ts';
import { sortArticles } from './articles.ts';
import { categoryIds } from './categories.ts';
import { ARTICLES_DIR, EN_ARTICLES_DIR } from './content-dirs.ts';
import { sortEnArticles } from './en-articles.ts';
import { splitFrontmatter } from './lint/mdx-text.ts';
import { parseDataFile } from '../lib/validate.ts';
import { articleSchema, type ArticleData } from './schemas/article.ts';
import { enArticleSchema, type EnArticleData } from './schemas/en-article.ts';

export interface ArticleFile<Data> {
  /** `category/slug` (Chinese) or `slug` (English), as the collection names it. */
  id: string;
  file: string;
  data: Data;
  body: string;
}

function readFolder<Data>(dir: string, ids: ReadonlySet<string>, schema: z.ZodType<Data>): ArticleFile<Data>[] {
  return [...ids].map((id) => {
    const file = ARTICLE_EXTENSIONS.map((ext) => join(dir, id + ext)).find((f) => existsSync(f))!;
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    return { id, file, data: parseDataFile(schema, frontmatter, file), body: body.trim() };
  });
}

/** The Chinese articles in the order `loadArticles()` gives them (`order`, then title). */
export function readArticles(dir = ARTICLES_DIR): ArticleFile<ArticleData>[] {
  const ids = listArticleIds(dir);
  return sortArticles(readFolder(dir, ids, articleSchema(categoryIds, ids)));
}

/** The English articles in the order `loadEnArticles()` gives them. */
export function readEnArticles(dir = EN_ARTICLES_DIR, zhDir = ARTICLES_DIR): ArticleFile<EnArticleData>[] {
  const ids = listArticleIds(dir);
  return sortEnArticles(readFolder(dir, ids, enArticleSchema(ids, listArticleIds(zhDir))));
}
