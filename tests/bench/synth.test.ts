/** The scale benchmark's synthetic articles must be accepted by the real build and vary. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles, random, type SourceArticle } from '../../bench/lib/synth';
import { splitFrontmatter } from '../../src/content/lint/mdx-text';
import { lintArticle } from '../../src/content/lint/linter';
import { crossCheckArticles } from '../../src/content/articles';
import { articleSchema } from '../../src/content/schemas/article';
import { categoryIds } from '../../src/content/categories';
import { isValidId } from '../../src/features/checklist/checklist-ids';

const ROOT = 'content/articles';
const originals: SourceArticle[] = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), source: readFileSync(join(ROOT, f), 'utf8') }));

const generated = generateArticles(originals, 300, 7);
const ids = new Set(generated.map((g) => g.path.replace(/\.mdx$/, '')));
const entries = generated.map((g) => ({
  id: g.path.replace(/\.mdx$/, ''),
  filePath: g.path,
  source: g.source,
  fm: splitFrontmatter(g.source).frontmatter,
}));

describe('generateArticles', () => {
  it('makes exactly the number asked for, keeping the originals unchanged', () => {
    expect(generated).toHaveLength(300);
    for (const o of originals) expect(generated.find((g) => g.path === `${o.id}.mdx`)?.source).toBe(o.source);
    expect(ids.size).toBe(300);
  });

  it('writes frontmatter the article schema accepts, with related pointing inside the set', () => {
    const schema = articleSchema(categoryIds, ids);
    const problems = entries.flatMap((e) => {
      const result = schema.safeParse(e.fm);
      return result.success ? [] : [`${e.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('passes the cross-file checks (folder = category, unique order per category)', () => {
    const list = entries.map((e) => ({ id: e.id, filePath: e.filePath, data: articleSchema(categoryIds, ids).parse(e.fm) }));
    expect(crossCheckArticles(list)).toEqual([]);
  });

  it('keeps the house style', async () => {
    // textlint takes ~30 ms an article: every sixth synthetic one (about 45) stands for the rest,
    // which recombine the same sections; the originals are linted by npm run lint:content.
    const made = entries.filter((e) => !originals.some((o) => `${o.id}.mdx` === e.filePath)).filter((_, i) => i % 6 === 0);
    const problems = (await Promise.all(made.map((e) => lintArticle(e.filePath, e.source)))).flat();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it('varies the text: bodies and titles differ between articles', () => {
    const bodies = new Set(entries.map((e) => splitFrontmatter(e.source).body.replace(/编号 \d+/, '')));
    const titles = new Set(entries.map((e) => e.fm['title']));
    expect(bodies.size).toBeGreaterThan(290);
    expect(titles.size).toBe(300);
  });

  it('gives every checklist an id of its own', () => {
    const checklistIds = entries.flatMap((e) => [...e.source.matchAll(/<Checklist\s+id="([^"]+)"/g)].map((m) => m[1]));
    expect(checklistIds.length).toBeGreaterThan(100);
    expect(new Set(checklistIds).size).toBe(checklistIds.length);
    expect(checklistIds.filter((id) => !isValidId(id!))).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateArticles(originals, 60, 7)).toEqual(generated.slice(0, 60));
    expect(generateArticles(originals, 60, 8)).not.toEqual(generated.slice(0, 60));
  });

  it('refuses fewer articles than the originals', () => {
    expect(() => generateArticles(originals, 5)).toThrow(new RegExp(`fewer than the ${originals.length} originals`));
  });
});

describe('random', () => {
  it('stays within [0, 1)', () => {
    const rnd = random(3);
    const xs = Array.from({ length: 1000 }, rnd);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});
