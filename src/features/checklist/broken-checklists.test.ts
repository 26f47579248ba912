/**
 * Proves that a mistake in a checklist stops the real build with a message naming the file: the
 * build step is registered and its errors reach the maintainer. The individual checks are unit
 * tested in src/features/checklist/checklist-transform.test.ts and src/features/checklist/checklist-catalog.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runAstroOnFixture } from '../../../tests/astro-fixture';

const buildFixture = (name: string) => runAstroOnFixture('build', { articles: name });

describe('a broken checklist fails the build, naming the file', () => {
  it('missing title and a pre-ticked item', () => {
    const { status, output } = buildFixture('checklist-broken');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/checklist-broken/activation/broken.mdx:12: <Checklist> is invalid');
    expect(output).toContain('title is missing');
    expect(output).toContain('item 2 "第二步" is ticked in the source');
  });

  it('the same checklist id in two articles', () => {
    const { status, output } = buildFixture('checklist-duplicate');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'checklist id "same-list" is used more than once, in tests/fixtures/checklist-duplicate/activation/one.mdx and tests/fixtures/checklist-duplicate/activation/two.mdx',
    );
  });
});
