import { render } from 'astro:content';
import { loadArticles, type Article } from '../../content/load-articles';
import { checklistsFromFrontmatter, duplicateChecklistIds, type ArticleChecklists } from './checklist-catalog';

/** An article with the checklists in it; `id` and `data` let the helpers in ./articles sort it. */
export type ArticleWithChecklists = ArticleChecklists & { article: Article; data: Article['data'] };

let cache: Promise<ArticleWithChecklists[]> | undefined;

/**
 * The checklist catalog: every article, in display order, with the checklists the build step found
 * in it (none for most). Fails the build when a checklist id is used twice on the site, naming the
 * files. Whatever needs to know an article's checklists asks this.
 */
export function loadCatalog(): Promise<ArticleWithChecklists[]> {
  cache ??= loadArticles().then(async (articles) => {
    const all = await Promise.all(
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
    const problems = duplicateChecklistIds(all);
    if (problems.length) throw new Error(`Checklists are inconsistent:\n  - ${problems.join('\n  - ')}`);
    return all;
  });
  return cache;
}

/** Every article that has checklists, in display order, with its checklists. */
export async function loadChecklists(): Promise<ArticleWithChecklists[]> {
  return (await loadCatalog()).filter((a) => a.checklists.length > 0);
}
