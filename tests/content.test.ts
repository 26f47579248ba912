/**
 * Runs the content checks over every article. A failure lists each problem as
 * `file:line  text  message`, so the author can go straight to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChannels } from '../src/content/lint/channel-check';
import { MIN_BODY_HAN, bodyHanCount, lintArticle } from '../src/content/lint/content-lint';
import { channels } from '../src/content/channels';

const ROOT = 'content/articles';
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
  .map((f) => join(ROOT, f))
  .sort();

const allowed = {
  phones: channels.phones.map((p) => p.number),
  domains: channels.domains.map((d) => d.domain),
  paths: channels.paths.map((p) => p.path),
};

describe('every article', () => {
  it('exists (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it(`holds at least ${MIN_BODY_HAN} Chinese characters of help`, () => {
    const short = files.map((f) => [f, bodyHanCount(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n < MIN_BODY_HAN);
    expect(short.map(([f, n]) => `${f}: ${n} characters`)).toEqual([]);
  });

  it('follows the Chinese house style', () => {
    const problems = files.flatMap((f) => lintArticle(f, readFileSync(f, 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line}  [${p.rule}] ${p.message}`)).toEqual([]);
  });

  it('prints only official phone numbers, web addresses and in-app paths', () => {
    const problems = files.flatMap((f) => checkChannels(f, readFileSync(f, 'utf8'), allowed));
    expect(problems.map((p) => `${p.file}:${p.line}  "${p.text}"  ${p.message}`)).toEqual([]);
  });
});
