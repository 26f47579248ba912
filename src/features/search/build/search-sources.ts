/**
 * What the search files are made from, per article: the document Pagefind indexes
 * (search-document.ts), one list per language bundle, and the words of the typing tables
 * (typing-tables.ts), from the Chinese articles only (the tables serve Chinese queries).
 * Plain Node loads this file (in the index's worker thread): imports keep their extensions.
 */
import { articleHref } from '../../../content/articles.ts';
import { getCategory } from '../../../content/categories.ts';
import { enArticleHref } from '../../../content/en-articles.ts';
import type { ArticleFile } from '../../../content/read-articles.ts';
import type { ArticleData } from '../../../content/schemas/article.ts';
import type { EnArticleData } from '../../../content/schemas/en-article.ts';
import { uiFor } from '../../../i18n/ui.ts';
import type { Vocabulary } from '../query/search-synonyms.ts';
import { EN_CATEGORY, type SearchLang } from '../query/search-bundles.ts';
import { markdownToText } from './search-digest.ts';
import { headingsOf, searchDocument, type SearchDocument } from './search-document.ts';
import type { TypingSource } from './typing-tables.ts';

export interface SearchSources {
  documents: Record<SearchLang, SearchDocument[]>;
  typing: TypingSource[];
}

/**
 * English articles have no categories: they share one, named by the language, which a result
 * shows (an English result offered on a Chinese page says it is English).
 */
export function searchSources(
  zh: readonly ArticleFile<ArticleData>[],
  en: readonly ArticleFile<EnArticleData>[],
  vocabs: Record<SearchLang, Vocabulary>,
): SearchSources {
  const zhDocuments = zh.map(({ id, data, body }) =>
    searchDocument(
      {
        url: articleHref(id),
        title: data.title,
        description: data.description,
        category: data.category,
        categoryName: getCategory(data.category).name,
        keywords: data.keywords,
        errors: data.errors,
        body,
      },
      vocabs['zh-CN'],
    ),
  );
  const enName = uiFor('en').t('lang.name');
  const enDocuments = en.map(({ id, data, body }) =>
    searchDocument(
      {
        url: enArticleHref(id),
        title: data.title,
        description: data.description,
        category: EN_CATEGORY,
        categoryName: enName,
        keywords: data.keywords,
        errors: data.errors,
        body,
        lang: 'en',
      },
      vocabs.en,
    ),
  );
  const typing = zh.map(({ data, body }) => ({
    names: [data.title, ...data.keywords, ...data.errors],
    strong: [data.description, ...headingsOf(body)],
    body: markdownToText(body),
  }));
  return { documents: { 'zh-CN': zhDocuments, en: enDocuments }, typing };
}
