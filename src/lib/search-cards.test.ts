import { describe, expect, it } from 'vitest';
import { cardFromFragment, inCategories, pageIdFromFragmentPath, parseCards, type ResultCard } from './search-cards';

const fragment = {
  url: '/payments/payment-failed/',
  meta: { title: '微信支付失败怎么办', category: '支付问题', description: '付款时提示失败怎么办。', title_terms: '微 信' },
  filters: { category: ['payments'] },
};

describe('cardFromFragment', () => {
  it('keeps what a result shows', () => {
    expect(cardFromFragment(fragment)).toEqual({
      url: '/payments/payment-failed/',
      title: '微信支付失败怎么办',
      category: '支付问题',
      categoryId: 'payments',
      description: '付款时提示失败怎么办。',
    });
  });
  it('names the page and the missing fields', () => {
    expect(() => cardFromFragment({ ...fragment, meta: { title: 't' }, filters: {} })).toThrow(
      'page /payments/payment-failed/ has no category, description, categoryId',
    );
  });
});

it('reads the page id from a fragment path', () => {
  expect(pageIdFromFragmentPath('fragment/zh-cn_3352fa2.pf_fragment')).toBe('zh-cn_3352fa2');
  expect(pageIdFromFragmentPath('index/zh-cn_1.pf_index')).toBeUndefined();
});

describe('parseCards', () => {
  it('keeps well-formed cards and drops the rest', () => {
    const good = cardFromFragment(fragment);
    expect(parseCards({ a: good, b: { url: 1 }, c: null })).toEqual({ a: good });
  });
  it('returns no cards for anything that is not an object', () => {
    expect(parseCards('oops')).toEqual({});
    expect(parseCards(null)).toEqual({});
  });
});

describe('inCategories', () => {
  const card = (categoryId: string): ResultCard => ({ url: `/${categoryId}/x/`, title: 't', category: categoryId, categoryId, description: 'd' });
  const cards = { a: card('account'), b: card('payments'), c: card('account'), d: card('fraud') };
  const ranked = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, score: 4 - i }));
  it('keeps the results of the chosen categories, in their order', () => {
    expect(inCategories(ranked, cards, ['account'])!.map((r) => r.id)).toEqual(['a', 'c']);
    expect(inCategories(ranked, cards, ['fraud', 'payments'])!.map((r) => r.id)).toEqual(['b', 'd']);
  });
  it('gives up when a result has no card, so the caller can filter with Pagefind', () => {
    expect(inCategories([...ranked, { id: 'unknown', score: 0 }], cards, ['account'])).toBeUndefined();
  });
});
