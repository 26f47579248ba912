/**
 * The checklist catalog read straight from the article files, for the unit tests, which run without
 * a build: each file goes through the Markdown engine the build uses (Sätteri, MDX) and each
 * `<Checklist>` through the build step's own transform, so an article's checklists come out as the
 * build's catalog (load-checklists.ts) has them. Parsing every article again costs about 15 ms an
 * article, which is why the build asks its own catalog instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'hast';
import { mdxToHast } from 'satteri';
import { ARTICLE_EXTENSIONS, listArticleIds } from '../../content/article-ids';
import type { ArticleChecklists } from './checklist-catalog';
import { transformChecklist, type ChecklistInfo } from './checklist-transform';

/** The checklists of one article's MDX source; throws the build's ChecklistError on a broken one. */
export function checklistsInSource(source: string, file: string): ChecklistInfo[] {
  const found: ChecklistInfo[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Checklist') {
      const line = node.position?.start.line;
      found.push(transformChecklist(node, `${file}${line ? `:${line}` : ''}: <Checklist>`).info);
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(mdxToHast(source));
  return found;
}

/** Every article in `articlesDir` with the checklists in it, as the build's catalog lists them. */
export function readCatalog(articlesDir: string): Pick<ArticleChecklists, 'id' | 'file' | 'checklists'>[] {
  return [...listArticleIds(articlesDir)].sort().map((id) => {
    const file = ARTICLE_EXTENSIONS.map((ext) => join(articlesDir, id + ext)).find((f) => existsSync(f))!;
    return { id, file, checklists: checklistsInSource(readFileSync(file, 'utf8'), file) };
  });
}
