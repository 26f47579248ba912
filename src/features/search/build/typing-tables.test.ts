import { describe, expect, it } from 'vitest';
import { commonCharacters, siteCharacters, soundsTable, t2sTable, type TypingSource } from './typing-tables';
import { compileVocabulary } from '../query/search-synonyms';
import { compileSounds, compileT2s } from '../query/typing-tables';
import { readPinyin } from '../query/pinyin-query';
import { segmentWords } from '../query/search-text';
import { respell } from '../query/respell';
import { toSimplified } from '../query/traditional';

const vocab = compileVocabulary({
  groups: [
    ['退款', '退钱', 'refund'],
    ['银行卡', 'card'],
  ],
  stopWords: ['怎么办', '了', 'how'],
  suggestions: [],
});
const sources: TypingSource[] = [
  { names: ['退款没到账怎么办', '绑定银行卡'], strong: ['著作权'], body: '退款会原路退回。解绑银行卡。' },
  { names: ['忘记支付密码'], strong: [], body: '重置支付密码前，先解绑。' },
];

describe('t2sTable', () => {
  const chars = siteCharacters(sources, vocab);
  const { table: pairs, traditional } = t2sTable(chars);
  const table = compileT2s(pairs);
  it('converts the Traditional forms of the characters the site uses (帳 to 账, as the site writes it)', () => {
    expect(toSimplified('退款沒到帳', table)).toBe('退款没到账');
    expect(toSimplified('綁定銀行卡', table)).toBe('绑定银行卡');
    expect(toSimplified('忘記支付密碼', table)).toBe('忘记支付密码');
  });
  it('holds no character whose Simplified form the site does not use', () => {
    expect(table.has('龍')).toBe(false); // 龙 is not on the site
  });
  it('signals Traditional typing only by characters the site does not write itself', () => {
    expect(traditional).toContain('帳');
    expect(traditional).not.toContain('著'); // the site writes 著 (著作权)
    expect([...traditional].filter((ch) => chars.has(ch))).toEqual([]);
  });
});

describe('soundsTable', () => {
  const table = soundsTable(sources, vocab);
  const sounds = compileSounds(table);
  it('lists the words of titles, keywords, descriptions and headings, and none only a body uses', () => {
    expect(table.terms).toEqual(expect.arrayContaining(['退款', '银行卡', '密码', '怎么办']));
    expect(table.terms).not.toContain('原路');
    expect(table.terms).toContain('退款没到账怎么办'); // a keyword or title as a whole
    expect(table.terms).not.toContain('refund');
  });
  it('does not change when an article body does (a deploy that edits a sentence leaves it cached)', () => {
    const edited = sources.map((s) => ({ ...s, body: `${s.body}以微信内实际提示为准。` }));
    expect(soundsTable(edited, vocab)).toEqual(table);
  });
  it('reads the common characters too, every reading of each', () => {
    expect(commonCharacters()).toHaveLength(3755);
    expect(sounds.readingsOf.get('宽')).toEqual(['kuan']);
    expect(sounds.readingsOf.get('行')).toEqual(expect.arrayContaining(['hang', 'xing']));
  });
  it('is what pinyin queries and respelling read', () => {
    expect(readPinyin('tuikuan zenmeban', sounds, () => false)).toBe('退款 怎么办');
    expect(readPinyin('zhifu mima', sounds, () => false)).toBe('支付 密码');
    expect(respell('退宽没到账', sounds, segmentWords)?.text).toBe('退款没到账');
  });
});
