import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Properties } from 'hast';
import type { MdxJsxFlowElementHast } from 'satteri';
import { ChecklistError, transformChecklist } from './checklist-transform';

// Plain hast, shaped like what the Markdown engine hands the plugin for `- [ ] …` inside <Checklist>.
const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const task = (content: ElementContent[] | string, checked = false): Element =>
  el('li', { className: ['task-list-item'] }, [
    el('input', { type: 'checkbox', checked, disabled: true }),
    text(' '),
    ...(typeof content === 'string' ? [text(content)] : content),
  ]);
const list = (...items: ElementContent[]): Element =>
  el('ul', { className: ['contains-task-list'] }, [text('\n'), ...items.flatMap((i) => [i, text('\n')])]);
const checklist = (attrs: Record<string, string>, ...children: ElementContent[]): MdxJsxFlowElementHast => ({
  type: 'mdxJsxFlowElement',
  name: 'Checklist',
  attributes: Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
  children,
});
const WHERE = 'content/articles/account/lost-phone.mdx:14: <Checklist>';

function problemsOf(node: MdxJsxFlowElementHast): string[] {
  try {
    transformChecklist(node, WHERE);
  } catch (error) {
    expect(error).toBeInstanceOf(ChecklistError);
    expect((error as Error).message).toContain(WHERE);
    return (error as ChecklistError).problems;
  }
  throw new Error('expected the checklist to be refused');
}

describe('transformChecklist', () => {
  it('turns each task item into a labelled checkbox with a stable id, keeping inline formatting', () => {
    const { node, info } = transformChecklist(
      checklist(
        { id: 'lost-phone-now', title: ' 立即要做的事 ' },
        list(task([text('[#freeze] 借别人的手机'), el('strong', {}, [text('冻结')]), text('微信账号')]), task('拨打 95017 冻结微信支付')),
      ),
      WHERE,
    );
    expect(info).toEqual({
      id: 'lost-phone-now',
      title: '立即要做的事',
      items: [
        { id: 'freeze', text: '借别人的手机冻结微信账号' },
        { id: 't-04s14x6', text: '拨打 95017 冻结微信支付' },
      ],
    });
    expect(node.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'id', value: 'lost-phone-now' },
      { type: 'mdxJsxAttribute', name: 'title', value: '立即要做的事' },
      { type: 'mdxJsxAttribute', name: 'itemCount', value: '2' },
    ]);
    const ul = node.children[0] as Element;
    expect(ul.children[0]).toMatchInlineSnapshot(`
      {
        "children": [
          {
            "children": [],
            "properties": {
              "className": [
                "checklist-input",
              ],
              "dataItemId": "freeze",
              "id": "lost-phone-now--freeze",
              "type": "checkbox",
            },
            "tagName": "input",
            "type": "element",
          },
          {
            "children": [],
            "properties": {
              "ariaHidden": "true",
              "className": [
                "checklist-box",
              ],
            },
            "tagName": "span",
            "type": "element",
          },
          {
            "children": [
              {
                "type": "text",
                "value": "借别人的手机",
              },
              {
                "children": [
                  {
                    "type": "text",
                    "value": "冻结",
                  },
                ],
                "properties": {},
                "tagName": "strong",
                "type": "element",
              },
              {
                "type": "text",
                "value": "微信账号",
              },
            ],
            "properties": {
              "className": [
                "checklist-label",
              ],
              "htmlFor": [
                "lost-phone-now--freeze",
              ],
            },
            "tagName": "label",
            "type": "element",
          },
        ],
        "properties": {
          "className": [
            "checklist-item",
          ],
          "dataItemId": "freeze",
        },
        "tagName": "li",
        "type": "element",
      }
    `);
  });

  it('editing, adding or removing one item leaves the other items\u2019 ids alone', () => {
    const ids = (...texts: string[]) =>
      transformChecklist(checklist({ id: 'x', title: 'X' }, list(...texts.map((t) => task(t)))), WHERE).info.items.map((i) => i.id);
    const [a, b, c] = ids('第一步', '第二步', '第三步');
    expect(ids('第一步', '第二步（改过）', '第三步')).toEqual([a, expect.not.stringMatching(b!), c]);
    expect(ids('新的一步', '第一步', '第三步')).toEqual([expect.any(String), a, c]);
  });

  it('reads items of a loose list, where each item is wrapped in a paragraph', () => {
    const loose = el('li', { className: ['task-list-item'] }, [
      text('\n'),
      el('p', {}, [el('input', { type: 'checkbox', checked: false, disabled: true }), text(' 修改支付密码')]),
      text('\n'),
    ]);
    const { info } = transformChecklist(checklist({ id: 'x', title: 'X' }, list(loose)), WHERE);
    expect(info.items.map((i) => i.text)).toEqual(['修改支付密码']);
  });

  it('refuses a missing id or title, naming the file', () => {
    expect(problemsOf(checklist({}, list(task('一步'))))).toEqual([
      'id is missing: add id="…" (lowercase letters a–z, digits and single hyphens, at most 48 characters), unique on the whole site',
      'title is missing: add title="…", the heading readers see and print',
    ]);
    expect(problemsOf(checklist({ id: 'x', title: '   ' }, list(task('一步'))))).toEqual([
      'title is missing: add title="…", the heading readers see and print',
    ]);
  });

  it('refuses badly formed ids and attributes', () => {
    expect(problemsOf(checklist({ id: 'Lost_Phone', title: 'X' }, list(task('一步'))))[0]).toMatch(/^id "Lost_Phone" is not valid/);
    expect(problemsOf(checklist({ id: 'x', title: 'X', tittle: 'Y' }, list(task('一步'))))).toEqual([
      'unknown attribute "tittle"; allowed: id, title',
    ]);
    const expression = checklist({ id: 'x' }, list(task('一步')));
    expression.attributes.push({
      type: 'mdxJsxAttribute',
      name: 'title',
      value: { type: 'mdxJsxAttributeValueExpression', value: 'name' },
    });
    expect(problemsOf(expression)[0]).toMatch(/^attribute "title" must be plain text in quotes/);
  });

  it('refuses a checklist without a task list, with an empty one, or with extra content', () => {
    expect(problemsOf(checklist({ id: 'x', title: 'X' }))).toEqual([
      'it holds no task list: put the steps inside as "- [ ] step", one per line',
    ]);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, el('p', {}, [text('先看这里')])))[0]).toMatch(/holds no task list/);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list()))).toEqual(['the task list is empty: add at least one "- [ ] step"']);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, el('p', {}, [text('说明')]), list(task('一步'))))[0]).toMatch(
      /exactly one task list/,
    );
  });

  it('refuses items that are not unticked single-line task items', () => {
    const plainItem = el('li', {}, [text('没有方框')]);
    const nested = task([text('外层'), list(task('内层'))]);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(plainItem, task('已勾选', true), nested)))).toEqual([
      'item 1 "没有方框" is not a task item: start it with "- [ ] "',
      'item 2 "已勾选" is ticked in the source ("- [x]"); write "- [ ] " so every reader starts with an empty box',
      expect.stringMatching(/^item 3 ".*" must be a single line/),
    ]);
  });

  it('refuses duplicate items and bad explicit ids', () => {
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(task('报警'), task('报 警'))))).toEqual([
      'item 2 "报 警" has the same text as "报警"; reword one of them or give one an id with "[#my-id]"',
    ]);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(task('[#call] 打电话'), task('[#call] 再打一次'))))).toEqual([
      'item 2 "[#call] 再打一次" has the id "call", already used by "打电话"',
    ]);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(task('[#Call Now] 打电话'))))[0]).toMatch(
      /^item 1 "\[#Call Now\] 打电话": id "\[#Call Now\]" is not valid: use lowercase/,
    );
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(task('[#call]'))))).toEqual(['item 1 has no text']);
    const split = task([el('strong', {}, [text('[#call]')]), text(' 打电话')]);
    expect(problemsOf(checklist({ id: 'x', title: 'X' }, list(split)))[0]).toMatch(
      /write the \[#id\] at the very start of the item, as plain text/,
    );
  });
});
