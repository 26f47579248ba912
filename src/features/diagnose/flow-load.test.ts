import { describe, expect, it } from 'vitest';
import { articles } from '../../../tools/content';
import { checklistsIn, flowContext } from './flow-load';

describe('checklistsIn', () => {
  it('finds every checklist with its title, whatever the attribute order', () => {
    const source = '正文。\n<Checklist id="a-check" title="核对">\n- [ ] 一\n</Checklist>\n<Checklist title="第二份" id="b">\n';
    expect(checklistsIn(source)).toEqual(new Map([['a-check', '核对'], ['b', '第二份']]));
  });
  it('finds none in an article without checklists', () => {
    expect(checklistsIn('<Callout type="info">说明</Callout>')).toEqual(new Map());
  });
});

describe('flowContext', () => {
  const ctx = flowContext();
  it('knows every article and the checklists in it, as the build step finds them', () => {
    const all = articles();
    expect(ctx.articles.size).toBeGreaterThanOrEqual(20);
    expect(all.some((a) => a.checklists.length > 0) && all.some((a) => a.checklists.length === 0)).toBe(true);
    for (const a of all) expect(ctx.articles.get(a.id), a.id).toEqual(new Map(a.checklists.map((c) => [c.id, c.title])));
  });
  it('allows the channels readers are told to contact, not a warning-only number', () => {
    expect(ctx.channels).toContain('95017');
    expect(ctx.channels).toContain('weixin110.qq.com');
    expect(ctx.channels).not.toContain('12381');
  });
});
