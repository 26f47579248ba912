import { describe, expect, it } from 'vitest';
import { readCatalog } from '../checklist/checklist-source';
import { flowContext } from './flow-load';

describe('flowContext', () => {
  const ctx = flowContext(readCatalog('./content/articles'));
  it('knows every article and the checklists in it', () => {
    expect(ctx.articles.size).toBeGreaterThanOrEqual(20);
    expect(ctx.articles.get('activation/bank-card')?.get('bank-card-check')).toBe('绑卡前核对');
    expect(ctx.articles.get('activation/network')?.size).toBe(0);
  });
  it('allows the channels readers are told to contact, not a warning-only number', () => {
    expect(ctx.channels).toContain('95017');
    expect(ctx.channels).toContain('weixin110.qq.com');
    expect(ctx.channels).not.toContain('12381');
  });
});
