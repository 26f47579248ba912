import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheckArticles, sortArticles } from './articles';

export type Article = CollectionEntry<'articles'>;

let cache: Promise<Article[]> | undefined;

/**
 * Every article, checked as a whole and sorted. Pages call this instead of `getCollection` so the
 * cross-file checks fail the build once, with every problem listed.
 */
export function loadArticles(): Promise<Article[]> {
  cache ??= getCollection('articles').then((list) => {
    const problems = crossCheckArticles(list);
    if (problems.length) throw new Error(`Articles are inconsistent:\n  - ${problems.join('\n  - ')}`);
    return sortArticles(list);
  });
  return cache;
}
