import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheckEnArticles, sortEnArticles } from './en-articles';

export type EnArticle = CollectionEntry<'enArticles'>;

let cache: Promise<EnArticle[]> | undefined;

/** Every English article, checked as a whole and in display order (see load-articles.ts). */
export function loadEnArticles(): Promise<EnArticle[]> {
  cache ??= getCollection('enArticles').then((list) => {
    const problems = crossCheckEnArticles(list);
    if (problems.length) throw new Error(`English articles are inconsistent:\n  - ${problems.join('\n  - ')}`);
    return sortEnArticles(list);
  });
  return cache;
}
