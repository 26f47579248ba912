import type { APIRoute } from 'astro';
import { loadArticles } from '../content/load-articles';
import { getCategory } from '../content/categories';
import { articleHref } from '../content/articles';
import { searchDocument } from '../features/search/build/search-document';
import { vocabulary } from '../features/search/build/search-vocabulary';

/**
 * The documents the search index is built from, one per article (src/features/search/build/search-document.ts).
 * A build step, not a page: the index step (src/features/search/build/pagefind-integration.ts) reads this file from
 * dist/ and deletes it, so it is never deployed. Its name is SEARCH_DOCUMENTS_FILE.
 */
export const GET: APIRoute = async () => {
  const articles = await loadArticles();
  const documents = articles.map((article) =>
    searchDocument(
      {
        url: articleHref(article.id),
        title: article.data.title,
        description: article.data.description,
        category: article.data.category,
        categoryName: getCategory(article.data.category).name,
        keywords: article.data.keywords,
        errors: article.data.errors,
        body: article.body ?? '',
      },
      vocabulary,
    ),
  );
  return new Response(JSON.stringify(documents), { headers: { 'Content-Type': 'application/json' } });
};
