import { describe, expect, it } from 'vitest';
import { readCatalog } from '../checklist/checklist-source';
import { articles } from '../../../tools/content';
import { flowContext } from './flow-load';

describe('flowContext', () => {
  const ctx = flowContext(readCatalog('./content/articles'));
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
