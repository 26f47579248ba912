/**
 * Registers the `<Checklist>` build step with Astro's Markdown engine (Sätteri). It runs on the HTML
 * tree of every MDX file, replaces each `<Checklist>` with labelled checkboxes (see
 * src/features/checklist/checklist-transform.ts) and records the checklists in the page's frontmatter as
 * `checklists`, where `render()` hands them to the checklist catalog (load-checklists.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { transformChecklist, type ChecklistInfo } from './checklist-transform.ts';

/** The frontmatter key the checklists are recorded under. */
export const CHECKLISTS_KEY = 'checklists';

/** The file as a maintainer sees it in the repository, for error messages. */
function displayPath(url: URL | undefined): string {
  if (!url) return '(unknown file)';
  return relative(process.cwd(), fileURLToPath(url)) || fileURLToPath(url);
}

export const checklistPlugin: HastPluginDefinition = {
  name: 'help-center-checklists',
  // Positions give the line number in build errors.
  options: { position: true },
  mdxJsxFlowElement: {
    filter: ['Checklist'],
    visit(node, ctx) {
      const line = node.position?.start.line;
      const where = `${displayPath(ctx.fileURL)}${line ? `:${line}` : ''}: <Checklist>`;
      const { node: replacement, info } = transformChecklist(node, where);
      const frontmatter = ctx.data.astro?.frontmatter;
      if (frontmatter) {
        const list = (frontmatter[CHECKLISTS_KEY] ??= []) as ChecklistInfo[];
        list.push(info);
      }
      return replacement;
    },
  },
};
