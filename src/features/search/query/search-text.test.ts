import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, hasHan, isLatinOrDigits, isWholeWord, normalizeQuery, normalizeText, segmentWords, unique } from './search-text';

describe('normalizeText', () => {
  it('folds full-width letters, digits and spaces, and lowercases Latin', () => {
    expect(normalizeText('ＷｅＣｈａｔ　Ｐａｙ　９６１１０')).toBe('wechat pay 96110');
  });
  it('turns punctuation and symbols into single spaces', () => {
    expect(normalizeText('当前交易异常。为了保障您的资金安全，暂时无法完成付款…')).toBe(
      '当前交易异常 为了保障您的资金安全 暂时无法完成付款',
    );
    expect(normalizeText('  <img src=x onerror=alert(1)>  ')).toBe('img src x onerror alert 1');
  });
  it('drops apostrophes inside English words', () => {
    expect(normalizeText("can't pay")).toBe('cant pay');
  });
  it('folds 帐 into 账, since readers type both', () => {
    expect(normalizeText('帐号被冻结')).toBe('账号被冻结');
  });
});

describe('normalizeQuery', () => {
  it('cuts very long input', () => {
    expect([...normalizeQuery('付'.repeat(500))]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('segmentWords', () => {
  it('cuts Chinese with the ICU segmenter and keeps Latin words and numbers whole', () => {
    expect(segmentWords('钱包开不了')).toEqual(['钱包', '开', '不了']);
    expect(segmentWords('payment failed 96110')).toEqual(['payment', 'failed', '96110']);
  });
  it('drops punctuation and spaces', () => {
    expect(segmentWords('付款，失败！')).toEqual(['付款', '失败']);
  });
});

it('tells Chinese from Latin', () => {
  expect(hasHan('wechat 支付')).toBe(true);
  expect(hasHan('wechat')).toBe(false);
  expect(isLatinOrDigits('wechat')).toBe(true);
  expect(isLatinOrDigits('12315')).toBe(true);
  expect(isLatinOrDigits('支付')).toBe(false);
});

describe('isWholeWord', () => {
  const whole = (text: string, term: string) => isWholeWord(text, text.indexOf(term), term);
  it('finds a Latin word or a number only where it is not part of a longer one', () => {
    expect(whole('pay now', 'pay')).toBe(true);
    expect(whole('payment', 'pay')).toBe(false);
    expect(whole('paypal', 'pal')).toBe(false);
    expect(whole('拨打 96110', '110')).toBe(false);
    expect(whole('wi-fi', 'wi')).toBe(true);
  });
  it('counts accented, full-width and non-ASCII letters and digits as part of a word', () => {
    expect(whole('payé', 'pay')).toBe(false);
    expect(whole('ｐａｙ', 'ｐａ')).toBe(false);
    expect(whole('９６110', '110')).toBe(false);
  });
  it('finds Chinese terms anywhere, and Latin terms right next to Chinese', () => {
    expect(whole('微信支付密码', '支付')).toBe(true);
    expect(whole('忘记pin码', 'pin')).toBe(true);
  });
});

it('keeps the first of repeated values, in order', () => {
  expect(unique(['a', 'b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
});
