/**
 * Proves that a mistake in a checklist stops the build with a message naming the file: the build
 * step astro.config.mjs registers is run in-process on fixture MDX (milliseconds, where a fixture
 * build takes seconds), and the site-wide duplicate check runs on what it recorded, as
 * load-checklists.ts does in the build. The individual checks are unit tested in
 * checklist-transform.test.ts and checklist-catalog.test.ts; tests/broken-articles.test.ts runs the
 * one real failing build.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { compileMdx } from '../../../tools/content';
import { duplicateChecklistIds } from './checklist-catalog';
import { ChecklistError } from './checklist-transform';
import { checklistPlugin } from './checklist-plugin';

const FIXTURES = 'tests/fixtures';

it('is the build step the site is built with', () => {
  const processor = config.markdown?.processor as { options?: { hastPlugins?: unknown[] } } | undefined;
  expect(processor?.options?.hastPlugins).toContain(checklistPlugin);
});

describe('a broken checklist fails the build, naming the file', () => {
  it('missing title and a pre-ticked item', () => {
    const file = `${FIXTURES}/checklist-broken/activation/broken.mdx`;
    let error: unknown;
    try {
      compileMdx(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChecklistError);
    const message = (error as Error).message;
    expect(message).toContain(`${file}:12: <Checklist> is invalid`);
    expect(message).toContain('title is missing');
    expect(message).toContain('item 2 "第二步" is ticked in the source');
    // The good article beside it compiles: only the broken list fails.
    expect(compileMdx(`${FIXTURES}/checklist-broken/activation/good.mdx`).checklists.map((c) => c.id)).toEqual(['good-list']);
  });

  it('the same checklist id in two articles', () => {
    const files = ['one', 'two'].map((name) => `${FIXTURES}/checklist-duplicate/activation/${name}.mdx`);
    const articles = files.map((file) => ({ id: file, file, title: file, checklists: compileMdx(file).checklists }));
    expect(duplicateChecklistIds(articles)).toEqual([
      `checklist id "same-list" is used more than once, in ${files[0]} and ${files[1]}; each checklist needs its own id`,
    ]);
  });
});
