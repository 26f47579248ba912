import { describe, expect, it } from 'vitest';
import { segmentWords } from './search-text';
import { respell } from './respell';
import { looksMistyped } from './mistyped';
import { fixtureSounds } from './typing-fixture';
import { compileVocabulary } from './search-synonyms';

const vocab = compileVocabulary({
  groups: [
    ['绑定', '绑卡'],
    ['银行卡', 'card'],
    ['到账', '到帐'],
  ],
  stopWords: ['了', '吗', '的', '怎么办'],
  suggestions: [],
});

describe('looksMistyped', () => {
  it('is true for stretches the segmenter cuts into single characters, and for a doubled character', () => {
    expect(looksMistyped('帮定银行卡', vocab)).toBe(true);
    expect(looksMistyped('退宽没到账', vocab)).toBe(true);
    expect(looksMistyped('绑绑定银行卡', vocab)).toBe(true);
  });
  it('is false for well-typed queries', () => {
    expect(looksMistyped('绑定银行卡失败', vocab)).toBe(false);
    expect(looksMistyped('退款没到账', vocab)).toBe(false);
    expect(looksMistyped('refund', vocab)).toBe(false);
  });
});

describe('respell', () => {
  const sounds = fixtureSounds();
  it('replaces a homophone by the site’s word that sounds the same', () => {
    expect(respell('帮定银行卡', sounds, segmentWords)?.text).toBe('绑定银行卡');
    expect(respell('退宽没到账', sounds, segmentWords)?.text).toBe('退款没到账');
    expect(respell('忘记支付密吗', sounds, segmentWords)).toEqual({
      text: '忘记支付密码',
      changes: [{ from: '支付密吗', to: '支付密码' }],
    });
  });
  it('restores a dropped character and removes a doubled one', () => {
    expect(respell('银卡', sounds, segmentWords)?.text).toBe('银行卡');
    expect(respell('绑绑定', sounds, segmentWords)?.text).toBe('绑定');
  });
  it('leaves words the site uses alone', () => {
    expect(respell('绑定银行卡失败', sounds, segmentWords)).toBeNull();
    expect(respell('退款 card', sounds, segmentWords)).toBeNull();
  });
  it('reads a stop word as a slip only where it does not follow a whole word', () => {
    expect(respell('付钱吗', sounds, segmentWords, (w) => w === '吗')).toBeNull(); // a question, not 付钱码
    expect(respell('支付密吗', sounds, segmentWords, (w) => w === '吗')?.text).toBe('支付密码');
  });
  it('never adds a negation', () => {
    expect(respell('开通了', sounds, segmentWords, (w) => w === '了')).toBeNull();
    expect(respell('开同失败', sounds, segmentWords)?.text).toBe('开通失败');
  });
  it('does not replace a character that only looks like a slip of a different sound', () => {
    expect(respell('帮忙', sounds, segmentWords)).toBeNull();
  });
});
