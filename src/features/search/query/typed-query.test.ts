import { describe, expect, it } from 'vitest';
import { englishOf, needsRespelling, readAsTyped, type TypingTables } from './typed-query';
import { compileVocabulary } from './search-synonyms';
import { fixtureSounds } from './typing-fixture';
import { hasTraditional, toSimplified } from './traditional';

const vocab = compileVocabulary({
  groups: [
    ['银行卡', 'card', 'bank card'],
    ['退款', 'refund'],
    ['冻结', 'frozen'],
    ['到账', '到帐'],
  ],
  stopWords: ['了', '吗', 'how'],
  suggestions: [],
});

/** Tables that count their loads, to prove a query loads only what it needs. */
function tables() {
  const loads = { t2s: 0, sounds: 0 };
  const t: TypingTables = {
    traditional: new Set('轉帳沒綁銀行錢'),
    t2s: async () => {
      loads.t2s++;
      return new Map([...'轉转帳账沒没綁绑銀银錢钱'].flatMap((ch, i, all) => (i % 2 ? [] : [[ch, all[i + 1]!] as [string, string]])));
    },
    sounds: async () => {
      loads.sounds++;
      return fixtureSounds();
    },
  };
  return { t, loads };
}

describe('traditional', () => {
  it('converts only characters of the table', () => {
    const map = new Map([
      ['轉', '转'],
      ['帳', '账'],
    ]);
    expect(toSimplified('轉帳 card', map)).toBe('转账 card');
    expect(hasTraditional('转账', new Set(map.keys()))).toBe(false);
    expect(hasTraditional('轉账', new Set(map.keys()))).toBe(true);
  });
});

describe('readAsTyped', () => {
  it('converts Traditional characters, loading only the Traditional table', async () => {
    const { t, loads } = tables();
    expect(await readAsTyped('銀行卡綁定', vocab, t)).toBe('银行卡绑定');
    expect(loads).toEqual({ t2s: 1, sounds: 0 });
  });
  it('reads pinyin, loading only the sounds table', async () => {
    const { t, loads } = tables();
    expect(await readAsTyped('tuikuan shibai', vocab, t)).toBe('退款 失败');
    expect(loads).toEqual({ t2s: 0, sounds: 1 });
  });
  it('leaves Simplified and English queries alone and loads nothing', async () => {
    const { t, loads } = tables();
    expect(await readAsTyped('退款没到账', vocab, t)).toBeNull();
    for (const q of ['card', 'frozen', 'refund', 'bank card', 'how refund']) expect(await readAsTyped(q, vocab, t), q).toBeNull();
    expect(loads).toEqual({ t2s: 0, sounds: 0 });
  });
  it('treats the vocabulary’s Latin words as English', () => {
    const isEnglish = englishOf(vocab);
    expect(['card', 'bank', 'refund', 'frozen', 'how'].every(isEnglish)).toBe(true);
    expect(isEnglish('tuikuan')).toBe(false);
  });
});

describe('needsRespelling', () => {
  it('asks for a respelling when nothing is found or the query looks mistyped', () => {
    expect(needsRespelling('退款没到账', 0, vocab)).toBe(true);
    expect(needsRespelling('帮定银行卡', 5, vocab)).toBe(true);
    expect(needsRespelling('退款没到账', 5, vocab)).toBe(false);
    expect(needsRespelling('refund', 0, vocab)).toBe(false);
  });
});
