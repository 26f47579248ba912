import { describe, expect, it } from 'vitest';
import { checklistsInSource, readCatalog } from './checklist-source';

const FILE = 'content/articles/payments/example.mdx';

describe('checklistsInSource', () => {
  it('finds each <Checklist> as the build step reads it, whatever the attribute order', () => {
    const source = `---\ntitle: 示例\n---\n\n正文。\n\n<Checklist title="核对" id="a-check">\n\n- [ ] [#one] 第一步\n- [ ] 第二步\n\n</Checklist>\n`;
    expect(checklistsInSource(source, FILE)).toEqual([
      {
        id: 'a-check',
        title: '核对',
        items: [
          { id: 'one', text: '第一步' },
          { id: expect.stringMatching(/^t-/), text: '第二步' },
        ],
      },
    ]);
  });
  it('ignores a <Checklist> shown as code, which is text, not a checklist', () => {
    const source = '正文。\n\n```mdx\n<Checklist id="example" title="示例">\n```\n\n`<Checklist id="inline">`\n';
    expect(checklistsInSource(source, FILE)).toEqual([]);
  });
  it('refuses a broken checklist as the build does, naming file and line', () => {
    expect(() => checklistsInSource('正文。\n\n<Checklist id="x">\n\n- [ ] 一\n\n</Checklist>\n', FILE)).toThrow(
      `${FILE}:3: <Checklist> is invalid`,
    );
  });
});

it('readCatalog lists every article with its checklists', () => {
  const catalog = readCatalog('./tests/fixtures/checklist-duplicate');
  expect(catalog.map((a) => [a.id, a.file, a.checklists.map((c) => c.id)])).toEqual([
    ['activation/one', 'tests/fixtures/checklist-duplicate/activation/one.mdx', ['same-list']],
    ['activation/two', 'tests/fixtures/checklist-duplicate/activation/two.mdx', ['same-list']],
  ]);
});
