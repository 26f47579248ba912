import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/schemas/article';
import { enArticleSchema } from './content/schemas/en-article';
import { categoryIds } from './content/categories';
import { listArticleIds } from './content/article-ids';
import { ARTICLES_DIR, EN_ARTICLES_DIR } from './content/content-dirs';

const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ARTICLES_DIR }),
  schema: articleSchema(categoryIds, listArticleIds(ARTICLES_DIR)),
});

const enArticles = defineCollection({
  loader: glob({ pattern: '[^_]*.{md,mdx}', base: EN_ARTICLES_DIR }),
  schema: enArticleSchema(listArticleIds(EN_ARTICLES_DIR), listArticleIds(ARTICLES_DIR)),
});

export const collections = { articles, enArticles };
