import type { APIRoute } from 'astro';
import { loadEnArticles } from '../../content/load-en-articles';
import { enArticleHref } from '../../content/en-articles';
import { searchDocument } from '../../features/search/build/search-document';
import { enVocabulary } from '../../features/search/build/search-vocabulary';
import { uiFor } from '../../i18n/ui';
import { EN_CATEGORY } from '../../features/search/query/search-bundles';

/**
 * The documents of the English search index, one per English article, as src/pages/search-documents.json.ts
 * writes the Chinese ones; the index step builds them into /en/pagefind/ and deletes this file.
 * English articles have no categories: they share one, named by the language, which a result shows
 * (an English result offered on a Chinese page says it is English).
 */
export const GET: APIRoute = async () => {
  const documents = (await loadEnArticles()).map((article) =>
    searchDocument(
      {
        url: enArticleHref(article.id),
        title: article.data.title,
        description: article.data.description,
        category: EN_CATEGORY,
        categoryName: uiFor('en').t('lang.name'),
        keywords: article.data.keywords,
        errors: article.data.errors,
        body: article.body ?? '',
        lang: 'en',
      },
      enVocabulary,
    ),
  );
  return new Response(JSON.stringify(documents), { headers: { 'Content-Type': 'application/json' } });
};
