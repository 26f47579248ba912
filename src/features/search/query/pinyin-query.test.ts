import { describe, expect, it } from 'vitest';
import { readPinyin } from './pinyin-query';
import { mightBePinyin, splitsIntoSyllables } from './pinyin-shape';
import { fixtureSounds } from './typing-fixture';

const english = new Set(['card', 'frozen', 'scam', 'refund', 'wechat', 'pay', 'open', 'passport', 'how', 'to']);
const isEnglish = (w: string) => english.has(w);

describe('splitsIntoSyllables', () => {
  it('accepts toneless pinyin with or without spaces between syllables', () => {
    for (const w of ['tuikuan', 'yinhangka', 'zhuang', 'lv', 'er', 'xiang']) expect(splitsIntoSyllables(w), w).toBe(true);
  });
  it('rejects English words that are no string of syllables', () => {
    for (const w of ['card', 'frozen', 'scam', 'refund', 'passport', 'wechat', 'bank']) expect(splitsIntoSyllables(w), w).toBe(false);
  });
});

describe('mightBePinyin', () => {
  it('is false for English, numbers and Chinese, true for pinyin-shaped words', () => {
    expect(mightBePinyin('card frozen', isEnglish)).toBe(false);
    expect(mightBePinyin('open', isEnglish)).toBe(false); // o|pen, but an English word of the vocabulary
    expect(mightBePinyin('退款', isEnglish)).toBe(false);
    expect(mightBePinyin('95017', isEnglish)).toBe(false);
    expect(mightBePinyin('tuikuan shibai', isEnglish)).toBe(true);
    expect(mightBePinyin('wechat tuikuan', isEnglish)).toBe(true);
  });
});

describe('readPinyin', () => {
  const sounds = fixtureSounds();
  it('reads pinyin as the site’s words, with or without spaces', () => {
    expect(readPinyin('tuikuan shibai', sounds, isEnglish)).toBe('退款 失败');
    expect(readPinyin('tuikuanshibai', sounds, isEnglish)).toBe('退款失败');
    expect(readPinyin('yinhangka jiebang', sounds, isEnglish)).toBe('银行卡 解绑');
  });
  it('reads syllables typed one by one as one word when they do not read alone', () => {
    expect(readPinyin('tui kuan shi bai', sounds, isEnglish)).toBe('退款失败');
  });
  it('prefers the longest words (支付密码 over 支付 + 密码)', () => {
    expect(readPinyin('zhifumima', sounds, isEnglish)).toBe('支付密码');
  });
  it('uses every reading of a character (行 is hang in 银行)', () => {
    expect(readPinyin('yinhang', sounds, isEnglish)).toBe('银行');
  });
  it('keeps English words of the vocabulary and reads the rest', () => {
    expect(readPinyin('wechat tuikuan', sounds, isEnglish)).toBe('wechat 退款');
  });
  it('leaves a query alone when a word does not read as the site’s words', () => {
    expect(readPinyin('tuikuan xyz', sounds, isEnglish)).toBeNull();
    expect(readPinyin('ma', sounds, isEnglish)).toBeNull(); // one syllable says too little
    expect(readPinyin('kale', sounds, isEnglish)).toBeNull(); // single characters only
  });
});
