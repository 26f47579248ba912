import { render } from 'astro:content';
import { loadArticles, type Article } from '../../content/load-articles';
import { loadEnArticles, type EnArticle } from '../../content/load-en-articles';
import { checklistsFromFrontmatter, duplicateChecklistIds, type ArticleChecklists } from './checklist-catalog';

/** An article with the checklists in it; `id` and `data` let the helpers in ./articles sort it. */
export type ArticleWithChecklists = ArticleChecklists & { article: Article; data: Article['data'] };
/** The same for an English article (content/en/articles), whose id is a slug. */
export type EnArticleWithChecklists = ArticleChecklists & { article: EnArticle; data: EnArticle['data'] };

/** Each article with the checklists the build step found in it (none for most), in the given order. */
function withChecklists<A extends Article | EnArticle>(
  articles: readonly A[],
): Promise<(ArticleChecklists & { article: A; data: A['data'] })[]> {
  return Promise.all(
    articles.map(async (article) => {
      const { remarkPluginFrontmatter } = await render(article);
      return {
        article,
        id: article.id,
        data: article.data,
        file: article.filePath ?? article.id,
        title: article.data.title,
        checklists: checklistsFromFrontmatter(remarkPluginFrontmatter),
      };
    }),
  );
}

function failOnDuplicates(all: readonly ArticleChecklists[]): void {
  const problems = duplicateChecklistIds(all);
  if (problems.length) throw new Error(`Checklists are inconsistent:\n  - ${problems.join('\n  - ')}`);
}

let cache: Promise<ArticleWithChecklists[]> | undefined;

/**
 * The checklist catalog: every article, in display order, with the checklists the build step found
 * in it (none for most). Fails the build when a checklist id is used twice on the site, naming the
 * files. Whatever needs to know an article's checklists asks this.
 */
export function loadCatalog(): Promise<ArticleWithChecklists[]> {
  cache ??= loadArticles().then(async (articles) => {
    const all = await withChecklists(articles);
    failOnDuplicates(all);
    return all;
  });
  return cache;
}

let enCache: Promise<EnArticleWithChecklists[]> | undefined;

/**
 * The English articles' catalog, as `loadCatalog`. Ids key saved ticks in one store for the whole
 * site, so an English checklist's id must differ from every Chinese one too.
 */
export function loadEnCatalog(): Promise<EnArticleWithChecklists[]> {
  enCache ??= Promise.all([loadCatalog(), loadEnArticles().then(withChecklists)]).then(([zh, en]) => {
    failOnDuplicates([...zh, ...en]);
    return en;
  });
  return enCache;
}

/** Every article that has checklists, in display order, with its checklists. */
export async function loadChecklists(): Promise<ArticleWithChecklists[]> {
  return (await loadCatalog()).filter((a) => a.checklists.length > 0);
}
