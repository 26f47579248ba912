import { describe, expect, it } from 'vitest';
import { segmentWords } from './search-text';
import { withWordBreaks, withoutWordBreaks } from './word-breaks';

const SAMPLES = [
  '钱包开不了，常见的原因有四类：实名信息没填对、银行卡绑不上。',
  '对方说要把钱转到“安全账户”……这是骗局。',
  '设置 6 位数字支付密码，再打开 Wi-Fi 试试。',
  '拨打 95017 之前，先准备好截图（付款记录）。',
  'WeChat Pay 和 Alipay 都能用。',
  '𠮷野家的付款失败了。', // a character outside the Basic Multilingual Plane
];

describe('withWordBreaks', () => {
  it('puts a space between two Chinese words, none inside a word', () => {
    const text = '如果还是不行就联系客服';
    expect(withWordBreaks(text).split(' ')).toEqual(segmentWords(text));
  });
  it('puts one around Chinese punctuation, but none next to Latin letters or digits', () => {
    expect(withWordBreaks('开不了，先看提示。')).toMatch(/^\S.* ， .* 。$/);
    const mixed = withWordBreaks('设置 6 位密码，打开 Wi-Fi');
    expect(mixed).toMatch(/^设置 6 位/);
    expect(mixed).toMatch(/打开 Wi-Fi$/);
  });
  it('drops a stray space between two Chinese characters first, so breaks are never doubled', () => {
    expect(withWordBreaks('微信 支付')).toBe(withWordBreaks('微信支付'));
  });
});

describe('withoutWordBreaks', () => {
  it('gives back the text the breaks were put into', () => {
    for (const text of SAMPLES) expect(withoutWordBreaks(withWordBreaks(text))).toBe(text);
  });
  it('keeps the spaces Chinese text has next to Latin letters and digits', () => {
    expect(withoutWordBreaks('拨打 95017， 或 用 WeChat Pay')).toBe('拨打 95017，或用 WeChat Pay');
  });
});
