import { describe, expect, it } from 'vitest';
import { excerptAround, highlightTermsFromSearch, markableTerms, mentionsAny, splitMarks, withHighlight } from './search-highlight';

const marked = (text: string, terms: string[]) =>
  splitMarks(text, terms)
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('splitMarks', () => {
  it('marks whole terms and keeps all the text', () => {
    const pieces = splitMarks('忘记支付密码怎么办', ['支付密码']);
    expect(pieces).toEqual([
      { text: '忘记', marked: false },
      { text: '支付密码', marked: true },
      { text: '怎么办', marked: false },
    ]);
  });
  it('never marks single characters', () => {
    expect(marked('付款失败', ['付', '款'])).toEqual([]);
  });
  it('prefers the longest term at a position', () => {
    expect(marked('支付密码', ['支付', '支付密码'])).toEqual(['支付密码']);
  });
  it('marks Latin terms as whole words only, whatever their case', () => {
    expect(marked('Payment failed, not payments', ['payment'])).toEqual(['Payment']);
  });
  it('draws word boundaries as synonym matching does: accented letters and other digits belong to the word', () => {
    expect(marked('payé, pay', ['pay'])).toEqual(['pay']);
    expect(marked('拨打９６110', ['110'])).toEqual([]);
  });
  it('leaves text without terms as one piece', () => {
    expect(splitMarks('安全', [])).toEqual([{ text: '安全', marked: false }]);
    expect(splitMarks('', ['安全'])).toEqual([]);
  });
});

describe('excerptAround', () => {
  const text = `${'开头的话。'.repeat(20)}如果付款失败，先看提示文字。${'结尾的话。'.repeat(20)}`;
  it('centres on the matched words and starts at the sentence', () => {
    const excerpt = excerptAround(text, ['付款失败'], 30);
    expect(excerpt.startsWith('…如果付款失败')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });
  it('returns the start when no term occurs, and short text whole', () => {
    expect(excerptAround(text, ['没有'], 10)).toBe(`${text.slice(0, 10)}…`);
    expect(excerptAround('短句。', ['短句'])).toBe('短句。');
    expect(excerptAround('第一句。 第二句？  third. 第三句', ['第二句'])).toBe('第一句。第二句？third. 第三句');
  });
});

describe('highlight parameters', () => {
  it('puts markable terms in the URL and reads them back', () => {
    const url = withHighlight('/payments/payment-failed/', ['付款', '失', 'pay']);
    expect(url).toBe('/payments/payment-failed/?highlight=pay&highlight=%E4%BB%98%E6%AC%BE');
    expect(highlightTermsFromSearch(url.slice(url.indexOf('?')))).toEqual(['pay', '付款']);
  });
  it('leaves the URL alone when nothing is worth marking', () => {
    expect(withHighlight('/a/', ['付'])).toBe('/a/');
  });
  it('ignores single characters and caps the number of terms from a crafted link', () => {
    const search = `?${Array.from({ length: 50 }, (_, i) => `highlight=词${i}`).join('&')}&highlight=x`;
    const terms = highlightTermsFromSearch(search);
    expect(terms).toHaveLength(20);
    expect(terms).not.toContain('x');
  });
});

it('markableTerms lowercases, dedupes and sorts longest first', () => {
  expect(markableTerms(['支付', 'PAY', '支付密码', 'pay', '付'])).toEqual(['支付密码', 'pay', '支付']);
});

it('mentionsAny tells whether a text holds a markable term', () => {
  expect(mentionsAny('付款失败', ['失败'])).toBe(true);
  expect(mentionsAny('付款失败', ['败'])).toBe(false);
});
