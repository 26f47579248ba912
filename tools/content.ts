/**
 * The site's content read the way the build reads it, for tests that must not pin an article's
 * wording: they pick pages by structure (the first article with a checklist, a category with two
 * articles, the longest path through a flow) and take the words they expect from here, so an author
 * can reword any title, description, heading or checklist item without breaking a test.
 *
 * Frontmatter goes through the collection's own schema (src/content/read-articles.ts); checklists
 * through the project's own build step (the Sätteri plugin astro.config.mjs registers), run
 * in-process on each file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { articleHref, articlesIn, popularArticles } from '../src/content/articles';
import { categories } from '../src/content/categories';
import { ARTICLES_DIR, EN_ARTICLES_DIR } from '../src/content/content-dirs';
import { readArticles } from '../src/content/read-articles';
import type { ArticleData } from '../src/content/schemas/article';
import { checklistsFromFrontmatter } from '../src/features/checklist/checklist-catalog';
import { checklistPlugin } from '../src/features/checklist/checklist-plugin';
import type { ElementContent } from 'hast';
import { textOf, type ChecklistInfo } from '../src/features/checklist/checklist-transform';
import { readCatalog } from '../src/features/checklist/checklist-source';
import { EN_FLOWS_DIR, flowContext, readFlows } from '../src/features/diagnose/flow-load';
import type { Flow } from '../src/features/diagnose/flow-schema';

export { ARTICLES_DIR, EN_ARTICLES_DIR };

export interface ContentArticle {
  /** `category/slug` */
  id: string;
  /** `/category/slug/` */
  href: string;
  file: string;
  /** The frontmatter as the collection's schema reads it (trimmed, with defaults). */
  data: ArticleData;
  /** The `##` headings, as text. */
  sections: string[];
  /** What the checklist build step found, in the order the article has them. */
  checklists: ChecklistInfo[];
}

/** Collects the text of each `##` heading, beside the checklist step in the same compile. */
function sectionCollector(sections: string[]): HastPluginDefinition {
  return {
    name: 'test-sections',
    element: {
      filter: ['h2'],
      visit(node) {
        sections.push(textOf(node as ElementContent).trim());
      },
    },
  };
}

/**
 * Compiles one MDX file as the build does, with the checklist step, and returns the checklists it
 * recorded and the `##` headings. Throws the step's own error (file and line) on a broken checklist.
 */
export function compileMdx(file: string, source = readFileSync(file, 'utf8')): { checklists: ChecklistInfo[]; sections: string[] } {
  const sections: string[] = [];
  // What Astro seeds the build step's data with; the step records the checklists in frontmatter.
  const astro = {
    frontmatter: {} as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const result = mdxToJs(source, {
    hastPlugins: [checklistPlugin, sectionCollector(sections)],
    fileURL: pathToFileURL(resolve(file)),
    data: { astro },
  });
  if (result instanceof Promise) throw new Error('compileMdx: a build step became asynchronous; make compileMdx async');
  return { checklists: checklistsFromFrontmatter(astro.frontmatter), sections };
}

let cached: ContentArticle[] | undefined;

/** Every article, in the site's order (category order, then `order`), read once. */
export function articles(): ContentArticle[] {
  if (cached) return cached;
  const list = readArticles().map(({ id, file, data }) => ({ id, href: articleHref(id), file, data, ...compileMdx(file) }));
  // Grouped by category in the site's order, then by article order, as the listings show them.
  cached = categories.flatMap((c) => articlesIn(list, c.id));
  return cached;
}

/** The article with this id; throws when there is none. */
export function article(id: string): ContentArticle {
  const found = articles().find((a) => a.id === id);
  if (!found) throw new Error(`No article "${id}" in ${ARTICLES_DIR}`);
  return found;
}

/** The articles of a category, in the category page's order. */
export function articlesOf(category: string): ContentArticle[] {
  return articlesIn(articles(), category);
}

/** The articles the home page lists under 常见问题, in rank order. */
export function popular(): ContentArticle[] {
  return popularArticles(articles());
}

/** The first article (in site order) that satisfies `test`; throws naming `what` when none does. */
export function firstArticle(what: string, test: (a: ContentArticle) => boolean): ContentArticle {
  const found = articles().find(test);
  if (!found) throw new Error(`No article is ${what}; the test needs one`);
  return found;
}

/** Every checklist on the site with its article, in the order /checklists/ shows them. */
export function checklists(): { article: ContentArticle; list: ChecklistInfo }[] {
  return articles().flatMap((article) => article.checklists.map((list) => ({ article, list })));
}

/** The troubleshooter flows as the build loads and validates them, in display order. */
export function flows(): Flow[] {
  return readFlows(flowContext(readCatalog(ARTICLES_DIR)));
}

/** The English troubleshooter flows (/en/diagnose/), validated against the English articles. */
export function enFlows(): Flow[] {
  return readFlows(flowContext(readCatalog(EN_ARTICLES_DIR)), EN_FLOWS_DIR);
}

export { categories };
