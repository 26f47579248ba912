import { describe, expect, it } from 'vitest';
import { cardFromFragment, pageIdFromFragmentPath, parseCards } from './search-cards';

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
