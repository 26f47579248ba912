import { describe, expect, it } from 'vitest';
import { convertBody, toStarlightDoc } from '../../bench/lib/starlight-content';

const article = `---
title: 银行卡无法绑定
description: 绑卡失败的常见原因和解决办法，逐项排查。
category: activation
order: 3
updated: 2026-11-27
keywords: [绑卡失败]
related: [activation/network]
---

开头一段。

<Checklist id="bank-card-check" title="绑卡前核对">

- [ ] 卡没有过期

</Checklist>

<Callout type="warning" title="验证码只给自己用">

不要告诉别人。

</Callout>
`;

describe('toStarlightDoc', () => {
  it('keeps the words, turns callouts into asides and checklists into task lists', () => {
    const doc = toStarlightDoc(article);
    expect(doc).toContain('title: 银行卡无法绑定');
    expect(doc).toContain('sidebar:\n  order: 3');
    expect(doc).toContain('lastUpdated: 2026-11-27');
    expect(doc).not.toMatch(/keywords|related|category:/);
    expect(doc).toContain('开头一段。\n\n- [ ] 卡没有过期\n\n:::caution[验证码只给自己用]\n不要告诉别人。\n:::');
    expect(doc).not.toMatch(/<Checklist|<Callout/);
  });

  it('maps every callout type and leaves out an absent title', () => {
    expect(convertBody('<Callout type="info">\n\nx\n\n</Callout>')).toBe(':::note\nx\n:::');
    expect(convertBody('<Callout type="tip">x</Callout>')).toBe(':::tip\nx\n:::');
    expect(convertBody('<Callout type="danger" title="t">x</Callout>')).toBe(':::danger[t]\nx\n:::');
  });

  it('refuses what it cannot convert', () => {
    expect(() => convertBody('<Callout type="shout">x</Callout>')).toThrow(/"shout" has no Starlight aside/);
    expect(() => toStarlightDoc(article.replace('开头一段。', '<Steps>x</Steps>'))).toThrow(/<Steps> has no Starlight conversion/);
  });
});
