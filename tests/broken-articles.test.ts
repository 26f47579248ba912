/**
 * Proves that a maintainer's mistake in frontmatter stops the build with a message that names the
 * file and the field. One real build of a fixture folder shows the whole way, from the collection's
 * schema to Astro's message; the other mistakes go through the same schema in-process, the way the
 * collection applies it (content.config.ts), in milliseconds instead of a build each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleIds } from '../src/content/article-ids';
import { categoryIds } from '../src/content/categories';
import { splitFrontmatter } from '../src/content/lint/mdx-text';
import { articleSchema } from '../src/content/schemas/article';
import { runAstroOnFixture } from './astro-fixture';

// A build takes seconds alone, but minutes on a machine busy with other builds.
it('a real build of a broken article fails, naming file and field', { timeout: 300_000 }, () => {
  const { status, output } = runAstroOnFixture({ articles: 'wrong-category' });
  expect(status).not.toBe(0);
  expect(output).toContain('tests/fixtures/wrong-category/activation/broken.mdx');
  expect(output).toContain('category: category "wallet" is not one of: activation, tips, account, payments, security, fraud');
});

/** The schema's complaints about one fixture file, as Astro prints them: `field: message`. */
function problemsOf(fixture: string, file: string): string[] {
  const dir = join('tests/fixtures', fixture);
  const { frontmatter } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
  const result = articleSchema(categoryIds, listArticleIds(dir)).safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the collection schema names the field', () => {
  it('wrong category', () => {
    expect(problemsOf('wrong-category', 'activation/broken.mdx')).toEqual([
      'category: category "wallet" is not one of: activation, tips, account, payments, security, fraud',
    ]);
  });

  it('missing title', () => {
    expect(problemsOf('missing-title', 'activation/broken.mdx')).toEqual(['title: title is required']);
  });

  it('related entry that points nowhere', () => {
    const problems = problemsOf('related-nowhere', 'activation/broken.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^related\.1: related entry "payments\/no-such-article" is not an article/);
  });

  it('and passes the good article beside each broken one', () => {
    for (const fixture of ['wrong-category', 'missing-title', 'related-nowhere']) {
      expect(problemsOf(fixture, 'activation/good.mdx'), fixture).toEqual([]);
    }
  });
});
