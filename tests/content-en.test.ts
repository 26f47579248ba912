/**
 * The content checks over the English section (content/en): every article and troubleshooter flow
 * follows the English house style (src/content/lint/en-style.ts) and prints only official numbers,
 * addresses and in-app paths. The Chinese style rules (tests/content.test.ts) do not apply here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHosts, findPhoneNumbers, isAllowedPhone } from '../src/content/lint/channel-check';
import { channelsLinter, lintArticle } from '../src/content/lint/linter';
import { lintEnglishArticle, lintEnglishProse } from '../src/content/lint/en-style';
import { channels } from '../src/content/channels';
import { enFlows } from '../tools/content';
import { flowTexts } from '../src/features/diagnose/flow-texts';

const ROOT = 'content/en/articles';
const files = readdirSync(ROOT)
  .filter((f) => /^[^_].*\.mdx?$/.test(f))
  .map((f) => join(ROOT, f))
  .sort();

const allowed = {
  phones: channels.phones.map((p) => p.number),
  domains: channels.domains.map((d) => d.domain),
  paths: channels.paths.map((p) => p.path),
};

describe('every English article', () => {
  it('exists (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('follows the English house style', () => {
    const problems = files.flatMap((f) => lintEnglishArticle(f, readFileSync(f, 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line}  [${p.rule}] ${p.message}`)).toEqual([]);
  });

  it('prints only official phone numbers, web addresses and in-app paths (glossed paths by their Chinese names)', async () => {
    const linter = channelsLinter(allowed);
    const problems = (await Promise.all(files.map((f) => lintArticle(f, readFileSync(f, 'utf8'), linter)))).flat();
    expect(problems.map((p) => `${p.file}:${p.line}  ${p.message}`)).toEqual([]);
  });
});

describe('the English troubleshooter flows', () => {
  const flows = enFlows();

  it('load and validate against the English articles', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  it('follow the English house style', () => {
    const problems = flows.flatMap((f) =>
      flowTexts(f).flatMap(({ where, text }) => lintEnglishProse(text).map((p) => `${where} [${p.rule}] ${p.message}`)),
    );
    expect(problems).toEqual([]);
  });

  it('print only official phone numbers and web addresses', () => {
    const problems: string[] = [];
    for (const { where, text } of flows.flatMap(flowTexts)) {
      for (const n of findPhoneNumbers(text)) if (!isAllowedPhone(n, allowed.phones)) problems.push(`${where}: ${n}`);
      for (const h of findHosts(text)) if (!allowed.domains.includes(h)) problems.push(`${where}: ${h}`);
    }
    expect(problems).toEqual([]);
  });
});
