import { describe, expect, it } from 'vitest';
import { bodyWords, introOf, markdownToText } from './search-digest';
import { segmentWords } from '../query/search-text';

const body = `
付款失败，常见的原因就那么几个：网络不稳、**银行卡**有问题。

## 先看提示说了什么

- **“当前交易异常”**：见 [识别常见支付骗局](/fraud/common-scams/)。

<Checklist id="payment-failed-steps" title="逐项排查">

- [ ] 换用 Wi-Fi 再试

</Checklist>
`;

describe('markdownToText', () => {
  it('keeps the words and drops markup, link targets and component tags', () => {
    const text = markdownToText(body);
    expect(text).toContain('银行卡有问题');
    expect(text).toContain('识别常见支付骗局');
    expect(text).toContain('换用 Wi-Fi 再试');
    expect(text).not.toMatch(/fraud|common-scams|Checklist|\*\*|##|\[ \]/);
  });
});

describe('introOf', () => {
  it('is the first paragraph of prose, as plain text', () => {
    expect(introOf(body)).toBe('付款失败，常见的原因就那么几个：网络不稳、银行卡有问题。');
  });
  it('skips headings, lists and components before it', () => {
    expect(introOf('## 标题\n\n- 列表\n\n<Callout>x</Callout>\n\n正文第一段。')).toBe('正文第一段。');
  });
  it('is empty for a body without prose', () => {
    expect(introOf('## 只有标题')).toBe('');
  });
});

describe('bodyWords', () => {
  it('lists each word once, normalised, without link targets', () => {
    const words = bodyWords(body).split(' ');
    expect(words).toEqual(expect.arrayContaining([...segmentWords('网络不稳'), 'wi', 'fi']));
    expect(new Set(words).size).toBe(words.length);
    expect(words).not.toContain('fraud');
  });
  it('never joins words across a space or punctuation', () => {
    expect(bodyWords('手 机，钱。包')).toBe('手 机 钱 包');
  });
});
