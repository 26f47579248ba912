import { describe, expect, it } from 'vitest';
import { compileVocabulary, expandWithSynonyms, findSynonyms } from './search-synonyms';

const vocab = compileVocabulary({
  stopWords: ['怎么办', '了', 'How'],
  groups: [
    ['开通失败', '开不了', 'Activation Failed'],
    ['钱包', 'wallet'],
    ['付款', '支付', 'pay', 'payment'],
    ['付款失败', 'payment failed'],
  ],
  suggestions: ['付款失败'],
});

describe('compileVocabulary', () => {
  it('normalises terms and stop words like queries are normalised', () => {
    expect(vocab.groups[0]).toEqual(['开通失败', '开不了', 'activation failed']);
    expect(vocab.stopWords.has('how')).toBe(true);
  });
  it('keeps only multi-character Chinese stop words as phrases to cut out', () => {
    expect(vocab.stopPhrases).toEqual(['怎么办']);
  });
});

describe('findSynonyms', () => {
  it('finds terms leftmost-longest, without overlaps', () => {
    expect(findSynonyms('钱包开不了', vocab).map((m) => [m.term, m.group])).toEqual([
      ['钱包', 1],
      ['开不了', 0],
    ]);
    // 付款失败 is one term of its own, not 付款 followed by something.
    expect(findSynonyms('付款失败', vocab).map((m) => m.term)).toEqual(['付款失败']);
  });
  it('matches a Latin term only as whole words', () => {
    expect(findSynonyms('payment', vocab).map((m) => m.term)).toEqual(['payment']);
    expect(findSynonyms('paypal', vocab)).toEqual([]);
    expect(findSynonyms('wechat payment failed', vocab).map((m) => m.term)).toEqual(['payment failed']);
    expect(findSynonyms('payé', vocab)).toEqual([]);
  });
  it('reports positions in the text', () => {
    expect(findSynonyms('我的钱包', vocab)[0]).toMatchObject({ start: 2, end: 4 });
  });
});

describe('expandWithSynonyms', () => {
  it('adds every word of each group a text mentions', () => {
    expect(expandWithSynonyms(['钱包开不了'], vocab).sort()).toEqual(['wallet', '开不了', '开通失败', '钱包', 'activation failed'].sort());
  });
  it('adds nothing for a text without synonym terms', () => {
    expect(expandWithSynonyms(['实名认证'], vocab)).toEqual([]);
  });
});
