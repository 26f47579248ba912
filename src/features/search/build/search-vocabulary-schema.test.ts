import { describe, expect, it } from 'vitest';
import raw from '../../../../content/search-synonyms.json';
import { searchVocabularySchema } from './search-vocabulary-schema';

const issues = (data: unknown) => {
  const r = searchVocabularySchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const base = { stopWords: ['了'], groups: [['付款', '支付']], suggestions: ['付款失败'] };

describe('search vocabulary schema', () => {
  it('accepts the site’s data file', () => {
    expect(issues(raw)).toEqual([]);
  });
  it('rejects a word that is in two groups, naming both', () => {
    expect(
      issues({
        ...base,
        groups: [
          ['付款', '支付'],
          ['付钱', '支付'],
        ],
      }),
    ).toEqual(['groups.1.1: "支付" is already in group 0 (付款, 支付, …); a word may be in one group only']);
  });
  it('treats variants that normalise alike as the same word', () => {
    expect(issues({ ...base, groups: [['Payment', 'ＰＡＹＭＥＮＴ']] })[0]).toContain('appears twice in this group');
  });
  it('rejects one-character words and groups of one', () => {
    expect(issues({ ...base, groups: [['付', '付款']] })).toEqual([
      'groups.0.0: "付" is too short: a search word needs at least 2 characters',
    ]);
    expect(issues({ ...base, groups: [['付款']] })).toEqual(['groups.0: a group needs at least 2 words']);
  });
  it('rejects unknown fields, catching typos such as "group"', () => {
    expect(issues({ ...base, group: [] })[0]).toContain('group');
  });
});
