import { describe, expect, it } from 'vitest';
import { isLatinQuery } from './search-language';
import { searchLangOf } from './search-bundles';

describe('isLatinQuery', () => {
  it('is true for queries in Latin letters, with or without digits', () => {
    for (const q of ['wechat pay failed', 'Visa', 'call from +86 400', 'ＷＥＣＨＡＴ', 'café']) expect(isLatinQuery(q), q).toBe(true);
  });
  it('is false for Chinese, mixed-script and digit-only queries', () => {
    for (const q of ['付款失败', '微信 pay', 'wechat 冻结', 'wechat пароль', '95017', '', '   ']) expect(isLatinQuery(q), q).toBe(false);
  });
});

describe('searchLangOf', () => {
  it('picks the English search for English pages and the Chinese one otherwise', () => {
    expect(searchLangOf('en')).toBe('en');
    expect(searchLangOf('en-GB')).toBe('en');
    expect(searchLangOf('zh-CN')).toBe('zh-CN');
    expect(searchLangOf('')).toBe('zh-CN');
  });
});
