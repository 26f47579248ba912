/**
 * Every checklist on the site, gathered from the articles after the build step has read them, and
 * the check only the whole site can make: a checklist id names one list, on one page.
 */
import type { ChecklistInfo } from './checklist-transform';

/** The part of an article the catalog needs, with the checklists the build step found in it. */
export interface ArticleChecklists {
  /** Article id, e.g. `account/lost-phone`. */
  id: string;
  /** Path of the source file, for error messages. */
  file: string;
  title: string;
  checklists: ChecklistInfo[];
}

/**
 * One message per checklist id used more than once, naming every file that uses it. Ids key the
 * reader's saved ticks, so two lists sharing one would overwrite each other's progress.
 */
export function duplicateChecklistIds(articles: readonly ArticleChecklists[]): string[] {
  const files = new Map<string, string[]>();
  for (const article of articles) {
    for (const list of article.checklists) {
      files.set(list.id, [...(files.get(list.id) ?? []), article.file]);
    }
  }
  return [...files]
    .filter(([, where]) => where.length > 1)
    .map(([id, where]) => `checklist id "${id}" is used more than once, in ${where.join(' and ')}; each checklist needs its own id`);
}

/** Reads the `checklists` the build step left in an article's rendered frontmatter, trusting nothing. */
export function checklistsFromFrontmatter(frontmatter: Record<string, unknown> | undefined): ChecklistInfo[] {
  const value = frontmatter?.['checklists'];
  if (!Array.isArray(value)) return [];
  return value.filter(
    (c): c is ChecklistInfo =>
      typeof c === 'object' && c !== null && typeof c.id === 'string' && typeof c.title === 'string' && Array.isArray(c.items),
  );
}
