import { expect, it } from 'vitest';
import { checklistsFromFrontmatter, duplicateChecklistIds } from './checklist-catalog';

const list = (id: string) => ({ id, title: id, items: [{ id: 'a', text: 'A' }] });

it('finds checklist ids used in more than one place, naming every file', () => {
  const problems = duplicateChecklistIds([
    { id: 'a/one', file: 'content/articles/a/one.mdx', title: '一', checklists: [list('same'), list('own')] },
    { id: 'b/two', file: 'content/articles/b/two.mdx', title: '二', checklists: [list('same')] },
    { id: 'b/three', file: 'content/articles/b/three.mdx', title: '三', checklists: [] },
  ]);
  expect(problems).toEqual([
    'checklist id "same" is used more than once, in content/articles/a/one.mdx and content/articles/b/two.mdx; each checklist needs its own id',
  ]);
});

it('finds a checklist id used twice in one file', () => {
  expect(duplicateChecklistIds([{ id: 'a/one', file: 'one.mdx', title: '一', checklists: [list('x'), list('x')] }])).toHaveLength(1);
});

it('reads the checklists the build step recorded, ignoring anything malformed', () => {
  expect(checklistsFromFrontmatter(undefined)).toEqual([]);
  expect(checklistsFromFrontmatter({ checklists: 'nope' })).toEqual([]);
  expect(checklistsFromFrontmatter({ checklists: [list('x'), { id: 3 }, null] })).toEqual([list('x')]);
});
