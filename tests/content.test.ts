/**
 * Checks over every article that are not lint: there are articles, and each holds real help.
 * The house style and the official channels are checked by `npm run lint:content` (textlint; the
 * rules are in src/content/lint/ and proven on planted articles in linter.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_BODY_HAN, bodyHanCount } from '../src/content/lint/content-lint';

const ROOT = 'content/articles';
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
  .map((f) => join(ROOT, f))
  .sort();

describe('every article', () => {
  it('exists (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it(`holds at least ${MIN_BODY_HAN} Chinese characters of help`, () => {
    const short = files.map((f) => [f, bodyHanCount(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n < MIN_BODY_HAN);
    expect(short.map(([f, n]) => `${f}: ${n} characters`)).toEqual([]);
  });
});
