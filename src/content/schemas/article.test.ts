import { describe, expect, it } from 'vitest';
import { articleSchema } from './article';
import { enArticleSchema } from './en-article';

/** A schema's problems with `data`, as `field: message` lines (what the build prints). */
const problemsOf =
  (schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }) =>
  (data: unknown) => {
    const r = schema.safeParse(data);
    return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

const zh = {
  name: 'article',
  problems: problemsOf(articleSchema(['activation', 'payments'], new Set(['activation/a', 'payments/b']))),
  valid: {
    title: '银行卡无法绑定',
    description: '绑卡失败的常见原因和解决办法，一步一步排查。',
    category: 'activation',
    order: 1,
    updated: '2026-11-27',
    keywords: ['绑卡失败'],
    errors: [],
    related: ['payments/b'],
  } as Record<string, unknown>,
  /** An id that is not an article of this language, and how the error names what it should be. */
  relatedElsewhere: 'payments/nope',
  relatedName: 'an article',
};

const en = {
  name: 'English article',
  problems: problemsOf(enArticleSchema(new Set(['set-up', 'get-help']), new Set(['activation/a']))),
  valid: {
    title: 'A foreign card will not bind',
    description: 'Why WeChat Pay refuses a card issued outside China, and what to try next.',
    order: 1,
    updated: '2026-12-02',
    keywords: ['foreign card'],
    errors: [],
    related: ['get-help'],
  } as Record<string, unknown>,
  relatedElsewhere: 'activation/a',
  relatedName: 'an English article',
};

describe.each([zh, en])('$name frontmatter schema', ({ problems, valid, relatedElsewhere, relatedName }) => {
  it('accepts a complete article', () => {
    expect(problems(valid)).toEqual([]);
  });
  it('requires a title', () => {
    const { title: _omit, ...rest } = valid;
    expect(problems(rest)).toEqual(['title: title is required']);
  });
  it('rejects a related article that does not exist in its language', () => {
    const [problem] = problems({ ...valid, related: [...(valid['related'] as string[]), relatedElsewhere] });
    expect(problem).toContain(`related.1: related entry "${relatedElsewhere}" is not ${relatedName}. Known: `);
  });
  it('requires at least one related article and a date', () => {
    expect(problems({ ...valid, related: [], updated: 'soon' })).toEqual([
      `updated: updated must be a date like ${String(valid['updated'])}`,
      'related: related needs at least one article',
    ]);
  });
  it('rejects unknown fields, catching typos such as "keyword"', () => {
    expect(problems({ ...valid, keyword: ['x'] })[0]).toContain('keyword');
  });
});

describe('article frontmatter schema', () => {
  it('names a wrong category and lists the allowed ones', () => {
    expect(zh.problems({ ...zh.valid, category: 'wallet' })).toEqual(['category: category "wallet" is not one of: activation, payments']);
  });
  it('has no category in English', () => {
    expect(en.problems({ ...en.valid, category: 'activation' })[0]).toContain('category');
  });
  it('accepts an English article’s Chinese twin only when it exists', () => {
    expect(en.problems({ ...en.valid, zh: 'activation/a' })).toEqual([]);
    expect(en.problems({ ...en.valid, zh: 'activation/nope' })[0]).toMatch(/^zh: zh "activation\/nope" is not a Chinese article/);
  });
});
