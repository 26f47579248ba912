/**
 * axe-core in the page, injected once per document and run as often as a test needs.
 *
 * Why not @axe-core/playwright's AxeBuilder: it injects axe's 580 KB source again for every
 * analysis. On a 2-core machine that is 0.5–1 s per run, and the a11y tests run axe four times on
 * each of twenty templates (light, dark and 长辈模式 in both themes), so most of their time went to
 * injecting the same script. The analysis itself is axe-core's, unchanged.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What to run: every rule with one of these tags, or exactly these rules. */
export type AxeSelection = { tags: string[] } | { rules: string[] };

/**
 * The violations axe finds on the page's current document, one line each ("id: help (targets)"),
 * each line prefixed with `label`. Pages here have no frames, so the document is the whole page.
 */
export async function axeViolations(page: Page, label: string, selection: AxeSelection): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = 'tags' in selection ? { type: 'tag', values: selection.tags } : { type: 'rule', values: selection.rules };
  const found = await page.evaluate(async (runOnly) => {
    type Result = { id: string; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, runOnly);
  return found.map((v) => `${label} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
