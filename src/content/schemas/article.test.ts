import { describe, expect, it } from 'vitest';
import { articleSchema } from './article';

const schema = articleSchema(['activation', 'payments'], new Set(['activation/a', 'payments/b']));
const valid = {
  title: '银行卡无法绑定',
  description: '绑卡失败的常见原因和解决办法，一步一步排查。',
  category: 'activation',
  order: 1,
  updated: '2026-11-27',
  keywords: ['绑卡失败'],
  errors: [],
  related: ['payments/b'],
};
const fieldsOf = (data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article frontmatter schema', () => {
  it('accepts a complete article', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });
  it('names a wrong category and lists the allowed ones', () => {
    expect(fieldsOf({ ...valid, category: 'wallet' })).toEqual(['category: category "wallet" is not one of: activation, payments']);
  });
  it('requires a title', () => {
    const { title: _omit, ...rest } = valid;
    expect(fieldsOf(rest)).toEqual(['title: title is required']);
  });
  it('rejects a related article that does not exist', () => {
    expect(fieldsOf({ ...valid, related: ['payments/b', 'payments/nope'] })[0]).toMatch(
      /^related\.1: related entry "payments\/nope" is not an article/,
    );
  });
  it('requires at least one related article and a date', () => {
    expect(fieldsOf({ ...valid, related: [], updated: 'soon' })).toEqual([
      'updated: updated must be a date like 2026-11-27',
      'related: related needs at least one article',
    ]);
  });
  it('rejects unknown fields, catching typos such as "keyword"', () => {
    expect(fieldsOf({ ...valid, keyword: ['x'] })[0]).toContain('keyword');
  });
});
