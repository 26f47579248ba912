/**
 * Reads the troubleshooter flows from `content/flows/*.json` at build time and validates them
 * against the articles and official channels. Any problem throws one error listing them all, so
 * an authoring mistake fails the build with the file and the step named.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Flow } from './flow-schema';
import { ARTICLE_EXTENSIONS, listArticleIds } from '../../content/article-ids';
import { channels } from '../../content/channels';
import { validateFlows, type FlowContext } from './flow-validate';

/** Env variables let the tests build with fixture folders, as for the articles. */
const FLOWS_DIR = process.env.HELP_FLOWS_DIR ?? './content/flows';
const ARTICLES_DIR = process.env.HELP_ARTICLES_DIR ?? './content/articles';
/** English flows (/en/diagnose/) end in English articles, which have slugs for ids. */
export const EN_FLOWS_DIR = process.env.HELP_EN_FLOWS_DIR ?? './content/en/flows';
const EN_ARTICLES_DIR = process.env.HELP_EN_ARTICLES_DIR ?? './content/en/articles';

/** The checklists an article's source declares, `<Checklist id="…" title="…">`: id → title. */
export function checklistsIn(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of source.match(/<Checklist\b[^>]*>/g) ?? []) {
    const id = /\bid="([^"]+)"/.exec(tag)?.[1];
    if (id) found.set(id, /\btitle="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return found;
}

/**
 * What ends may point to: every article with its checklists, and the official channels the site
 * tells readers to contact (those in the “还需要帮助？” box). Numbers such as 12381, listed only so
 * readers can recognise them, are not somewhere to send anyone.
 */
export function flowContext(articlesDir = ARTICLES_DIR): FlowContext {
  const articles = new Map<string, Map<string, string>>();
  for (const id of listArticleIds(articlesDir)) {
    const file = ARTICLE_EXTENSIONS.map((ext) => join(articlesDir, id + ext)).find((f) => existsSync(f));
    articles.set(id, file ? checklistsIn(readFileSync(file, 'utf8')) : new Map());
  }
  const contact = [...channels.phones.filter((p) => p.helpBox).map((p) => p.number), ...channels.domains.filter((d) => d.helpBox).map((d) => d.domain)];
  return { articles, channels: contact };
}

/** Every flow in `dir`, validated, in display order; throws with every problem found. */
export function readFlows(dir = FLOWS_DIR, ctx: FlowContext = flowContext()): Flow[] {
  const problems: string[] = [];
  const files: { file: string; data: unknown }[] = [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown });
    } catch (error) {
      problems.push(`${file}: is not valid JSON: ${(error as Error).message}`);
    }
  }
  const result = validateFlows(files, ctx);
  problems.push(...result.problems);
  if (names.length === 0) problems.push(`${dir}: no flows (*.json) found`);
  if (problems.length) throw new Error(`Troubleshooter flows are invalid:\n  - ${problems.join('\n  - ')}`);
  return result.flows;
}

let cache: Flow[] | undefined;

/** The site's flows, read once per build. Pages call this; it throws on any problem. */
export function loadFlows(): Flow[] {
  cache ??= readFlows();
  return cache;
}

let enCache: Flow[] | undefined;

/** The English flows, checked against the English articles; read once per build. */
export function loadEnFlows(): Flow[] {
  enCache ??= readEnFlows();
  return enCache;
}

/** The English flows in `dir`, validated against the English articles and the same channels. */
export function readEnFlows(dir = EN_FLOWS_DIR): Flow[] {
  return readFlows(dir, flowContext(EN_ARTICLES_DIR));
}
