/**
 * Pure helpers over the English articles (content/en/articles/<slug>.mdx): their addresses, their
 * order on /en/, and the checks that need the whole list. Their ids are slugs; the page is /en/<slug>/.
 */
import { articleHref } from './articles.ts';
import { localPath, type Lang } from '../i18n/ui.ts';

/** The part of an English article these helpers need; a content-collection entry satisfies it. */
export interface EnArticleLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; order: number; zh?: string | undefined };
}

/** URL of an English article: `set-up` → `/en/set-up/`. */
export function enArticleHref(slug: string): string {
  return localPath('en', `/${slug}/`);
}

/** URL of an article of either language, from its id in that language. */
export function articleHrefIn(lang: Lang, id: string): string {
  return lang === 'en' ? enArticleHref(id) : articleHref(id);
}

/** Display order: `order`, then title, so it never depends on the file system. */
export function sortEnArticles<T extends EnArticleLike>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/**
 * Checks that need every English article: no two share an `order` (the list on /en/ would depend
 * on the file system) or a `zh` (a Chinese page has one English version). One message per problem,
 * naming the file and the field.
 */
export function crossCheckEnArticles(list: readonly EnArticleLike[]): string[] {
  const problems: string[] = [];
  const orders = new Map<number, string>();
  const zh = new Map<string, string>();
  for (const a of list) {
    const file = a.filePath ?? a.id;
    const other = orders.get(a.data.order);
    if (other) problems.push(`${file}: field "order" ${a.data.order} is already used by ${other}`);
    else orders.set(a.data.order, file);
    if (a.data.zh === undefined) continue;
    const same = zh.get(a.data.zh);
    if (same)
      problems.push(`${file}: field "zh" "${a.data.zh}" is already the Chinese version of ${same}; a Chinese page has one English version`);
    else zh.set(a.data.zh, file);
  }
  return problems;
}
