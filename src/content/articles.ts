/**
 * Pure helpers over the list of articles: ordering, hrefs, neighbours, and the checks that need
 * the whole list at once (the schema sees one file at a time).
 */
import type { ArticleData } from './schemas/article.ts';

/** The part of an article these helpers need; a content-collection entry satisfies it. */
export interface ArticleLike {
  id: string;
  filePath?: string | undefined;
  data: Pick<ArticleData, 'title' | 'category' | 'order' | 'popular'>;
}

/** URL of an article id such as `activation/bank-card`. */
export function articleHref(id: string): string {
  return `/${id}/`;
}

/** The slug part of an id (`bank-card`). */
export function articleSlug(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Articles sorted for display: by `order`, then title, so the order never depends on the file system. */
export function sortArticles<T extends ArticleLike>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** The articles of one category, in display order. */
export function articlesIn<T extends ArticleLike>(list: readonly T[], category: string): T[] {
  return sortArticles(list.filter((a) => a.data.category === category));
}

/** The home page's 常见问题: articles with a `popular` rank, lowest first. */
export function popularArticles<T extends ArticleLike>(list: readonly T[]): T[] {
  return list.filter((a) => a.data.popular !== undefined).sort((a, b) => (a.data.popular ?? 0) - (b.data.popular ?? 0));
}

/** The articles with `ids`, in that order (an article's `related`); throws naming an id not in `list`. */
export function articlesById<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  return ids.map((id) => {
    const found = list.find((a) => a.id === id);
    if (!found) throw new Error(`articlesById: no article "${id}"`);
    return found;
  });
}

/** Previous and next article within the same category, by display order. */
export function neighbours<T extends ArticleLike>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const current = list.find((a) => a.id === id);
  if (!current) return {};
  const siblings = articlesIn(list, current.data.category);
  const i = siblings.findIndex((a) => a.id === id);
  const result: { prev?: T; next?: T } = {};
  if (i > 0) result.prev = siblings[i - 1]!;
  if (i < siblings.length - 1) result.next = siblings[i + 1]!;
  return result;
}

/**
 * Checks that need every article: the folder must match `category` (the URL is built from the
 * folder, so a mismatch would file the page under the wrong heading), and no two articles in one
 * category share an `order`. Returns one message per problem, each naming the file and field.
 */
export function crossCheckArticles(list: readonly ArticleLike[]): string[] {
  const problems: string[] = [];
  const orders = new Map<string, string>();
  for (const a of list) {
    const file = a.filePath ?? a.id;
    const folder = a.id.split('/')[0];
    if (folder !== a.data.category) {
      problems.push(`${file}: field "category" is "${a.data.category}" but the file is in the folder "${folder}"`);
    }
    const key = `${a.data.category}#${a.data.order}`;
    const other = orders.get(key);
    if (other) problems.push(`${file}: field "order" ${a.data.order} is already used by ${other}`);
    else orders.set(key, file);
  }
  return problems;
}
