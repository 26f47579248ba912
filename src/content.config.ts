import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/schemas/article';
import { enArticleSchema } from './content/schemas/en-article';
import { categoryIds } from './content/categories';
import { listArticleIds } from './content/article-ids';

/** Where articles live; an env variable lets the schema tests build a folder of broken fixtures. */
const ARTICLES_DIR = process.env.HELP_ARTICLES_DIR ?? './content/articles';
/** The English articles (`/en/<slug>/`); their ids are slugs, without a category. */
export const EN_ARTICLES_DIR = process.env.HELP_EN_ARTICLES_DIR ?? './content/en/articles';

const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR }),
  schema: articleSchema(categoryIds, listArticleIds(ARTICLES_DIR)),
});

const enArticles = defineCollection({
  loader: glob({ pattern: '[^_]*.{md,mdx}', base: EN_ARTICLES_DIR }),
  schema: enArticleSchema(listArticleIds(EN_ARTICLES_DIR), listArticleIds(ARTICLES_DIR)),
});

export const collections = { articles, enArticles };
