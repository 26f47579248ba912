import raw from '../../content/categories.json' with { type: 'json' };
import { categoriesSchema, type Category } from './schemas/category.ts';
import { parseDataFile } from '../lib/validate.ts';

/** The site's categories from `content/categories.json`, validated, in display order. */
export const categories: readonly Category[] = parseDataFile(categoriesSchema, raw, 'content/categories.json')
  .slice()
  .sort((a, b) => a.order - b.order);

export const categoryIds = categories.map((c) => c.id) as [string, ...string[]];

/** The category with this id; throws if there is none (a bug, since ids are validated at load). */
export function getCategory(id: string): Category {
  const found = categories.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category "${id}". Known: ${categoryIds.join(', ')}`);
  return found;
}
