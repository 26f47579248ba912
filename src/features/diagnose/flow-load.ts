/**
 * Reads the troubleshooter flows from `content/flows/*.json` and validates them against the articles,
 * their checklists and the official channels. Any problem throws one error listing them all, so an
 * authoring mistake fails the build (load-flows.ts) with the file and the step named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Flow } from './flow-schema';
import type { ArticleChecklists } from '../checklist/checklist-catalog';
import { channels } from '../../content/channels';
import { validateFlows, type FlowContext } from './flow-validate';

/** Env variables let the tests build with fixture folders, as for the articles. */
const FLOWS_DIR = process.env.HELP_FLOWS_DIR ?? './content/flows';
/** English flows (/en/diagnose/) end in English articles, which have slugs for ids. */
export const EN_FLOWS_DIR = process.env.HELP_EN_FLOWS_DIR ?? './content/en/flows';

/**
 * What ends may point to: every article with the checklists in it, from the checklist catalog, and
 * the official channels the site tells readers to contact (those in the “还需要帮助？” box). Numbers
 * such as 12381, listed only so readers can recognise them, are not somewhere to send anyone.
 */
export function flowContext(catalog: readonly Pick<ArticleChecklists, 'id' | 'checklists'>[]): FlowContext {
  const articles = new Map(catalog.map((a) => [a.id, new Map(a.checklists.map((c) => [c.id, c.title]))]));
  const contact = [
    ...channels.phones.filter((p) => p.helpBox).map((p) => p.number),
    ...channels.domains.filter((d) => d.helpBox).map((d) => d.domain),
  ];
  return { articles, channels: contact };
}

/** Every flow in `dir`, validated, in display order; throws with every problem found. */
export function readFlows(ctx: FlowContext, dir = FLOWS_DIR): Flow[] {
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
