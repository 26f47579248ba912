import { render } from 'astro:content';
import { loadArticles, type Article } from '../../content/load-articles';
import { checklistsFromFrontmatter, duplicateChecklistIds, type ArticleChecklists } from './checklist-catalog';

/** An article with the checklists in it; `id` and `data` let the helpers in ./articles sort it. */
export type ArticleWithChecklists = ArticleChecklists & { article: Article; data: Article['data'] };

let cache: Promise<ArticleWithChecklists[]> | undefined;

/**
 * Every article that has checklists, in display order, with its checklists. Fails the build when a
 * checklist id is used twice on the site, naming the files.
 */
export function loadChecklists(): Promise<ArticleWithChecklists[]> {
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
    return all.filter((a) => a.checklists.length > 0);
  });
  return cache;
}
