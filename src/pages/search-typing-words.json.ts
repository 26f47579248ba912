import type { APIRoute } from 'astro';
import { loadArticles } from '../content/load-articles';
import { headingsOf } from '../features/search/build/search-document';
import { markdownToText } from '../features/search/build/search-digest';
import type { TypingSource } from '../features/search/build/typing-tables';

/**
 * The words the typing tables are built from, one entry per article
 * (src/features/search/build/typing-files.ts). A build step, not a page: the index step reads this
 * file from dist/ and deletes it, so it is never deployed. Its name is TYPING_WORDS_FILE.
 */
export const GET: APIRoute = async () => {
  const articles = await loadArticles();
  const sources: TypingSource[] = articles.map(({ data, body = '' }) => ({
    names: [data.title, ...data.keywords, ...data.errors],
    strong: [data.description, ...headingsOf(body)],
    body: markdownToText(body),
  }));
  return new Response(JSON.stringify(sources), { headers: { 'Content-Type': 'application/json' } });
};
