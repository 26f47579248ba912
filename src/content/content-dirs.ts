/**
 * Where the articles live, relative to the project (the working folder of every build). The
 * content collections (src/content.config.ts) and the search index's worker thread
 * (src/content/read-articles.ts) read the same folders; the env variables let the
 * schema tests build folders of broken fixtures (tests/astro-fixture.ts).
 */
export const ARTICLES_DIR = process.env.HELP_ARTICLES_DIR ?? './content/articles';
/** The English articles (`/en/<slug>/`); their ids are slugs, without a category. */
export const EN_ARTICLES_DIR = process.env.HELP_EN_ARTICLES_DIR ?? './content/en/articles';

/** Both folders, for code that reads the articles outside Astro (src/content/read-articles.ts). */
export interface ArticleDirs {
  articles: string;
  enArticles: string;
}

export const CONTENT_DIRS: ArticleDirs = { articles: ARTICLES_DIR, enArticles: EN_ARTICLES_DIR };
