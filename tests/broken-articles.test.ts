/**
 * Proves that a maintainer's mistake in frontmatter stops the build with a message that names the
 * file and the field. Runs the real Astro content sync over small fixture folders.
 */
import { describe, expect, it } from 'vitest';
import { runAstroOnFixture } from './astro-fixture';

const syncFixture = (name: string) => runAstroOnFixture('sync', { articles: name });

describe('a broken article fails the build, naming file and field', () => {
  it('wrong category', () => {
    const { status, output } = syncFixture('wrong-category');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/wrong-category/activation/broken.mdx');
    expect(output).toContain('category: category "wallet" is not one of: activation, tips, account, payments, security, fraud');
  });

  it('missing title', () => {
    const { status, output } = syncFixture('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/missing-title/activation/broken.mdx');
    expect(output).toContain('title: title is required');
  });

  it('related entry that points nowhere', () => {
    const { status, output } = syncFixture('related-nowhere');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/related-nowhere/activation/broken.mdx');
    expect(output).toContain('related.1: related entry "payments/no-such-article" is not an article');
  });
});
