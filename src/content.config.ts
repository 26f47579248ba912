import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/schemas/article';
import { categoryIds } from './content/categories';
import { listArticleIds } from './content/article-ids';

/** Where articles live; an env variable lets the schema tests build a folder of broken fixtures. */
const ARTICLES_DIR = process.env.HELP_ARTICLES_DIR ?? './content/articles';

const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR }),
  schema: articleSchema(categoryIds, listArticleIds(ARTICLES_DIR)),
});

export const collections = { articles };
