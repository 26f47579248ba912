import { describe, expect, it } from 'vitest';
import { checkChannels, findPhoneNumbers, isAllowedPath, isAllowedPhone, withoutGlosses } from './channel-check';

const allowed = {
  phones: ['95017', '110', '400-670-0700'],
  domains: ['kf.qq.com', 'weixin110.qq.com'],
  paths: ['我 > 服务 > 钱包 > 消费者保护 > 安全保障', '我 > 设置 > 帮助与反馈'],
};
const check = (body: string) => checkChannels('bad.mdx', `---\ntitle: t\n---\n${body}`, allowed).map((p) => `${p.line} ${p.text}`);

describe('phone numbers', () => {
  it('finds numbers people could dial, not amounts or dates', () => {
    expect(findPhoneNumbers('拨打 95017 或 0755-86013860，限额 200000 元，2024 年 5 月，500 元')).toEqual(['95017', '0755-86013860']);
    expect(findPhoneNumbers('请拨打 120')).toEqual(['120']);
    expect(findPhoneNumbers('来自 +86 400 670 0700 的电话')).toEqual(['+86 400 670 0700']);
  });
  it('matches allowed numbers in any grouping, with or without +86', () => {
    expect(isAllowedPhone('+86 400 670 0700', allowed.phones)).toBe(true);
    expect(isAllowedPhone('4006700700', allowed.phones)).toBe(true);
    expect(isAllowedPhone('4006700701', allowed.phones)).toBe(false);
  });
});

describe('checkChannels', () => {
  it('accepts what the list allows', () => {
    expect(check('拨打 95017 或 110，访问 [微信安全中心](https://weixin110.qq.com/)，打开 **我 > 服务 > 钱包**。\n')).toEqual([]);
  });
  it('names an unknown phone number with its line', () => {
    expect(check('正文。\n追款热线 0755-86013860。\n')).toEqual(['5 0755-86013860']);
  });
  it('names an unknown web address, in text or in a link', () => {
    expect(check('访问 wx-refund.com 退款。\n')).toEqual(['4 wx-refund.com']);
    expect(check('[官方客服](https://kf.qq.com.evil.cn/)\n')).toEqual(['4 kf.qq.com.evil.cn']);
  });
  it('never allows an e-mail address', () => {
    expect(check('写信到 help@example.com。\n')).toEqual(['4 help@example.com']);
  });
  it('names an in-app path that is not on the list, and accepts part of a listed one', () => {
    expect(isAllowedPath('服务 > 钱包', allowed.paths)).toBe(true);
    expect(isAllowedPath('钱包 > 服务', allowed.paths)).toBe(false);
    expect(check('打开 **我 > 钱包 > 退款中心**。\n')).toEqual(['4 我 > 钱包 > 退款中心']);
  });
  it('reads English-glossed paths by their Chinese names', () => {
    expect(withoutGlosses('我 (Me) > 服务 (Services) > 钱包 (Wallet)')).toBe('我 > 服务 > 钱包');
    expect(check('Go to **我 (Me) > 服务 (Services) > 钱包 (Wallet)**.\n')).toEqual([]);
    expect(check('Go to **我 (Me) > 钱包 (Wallet) > 退款中心 (Refunds)**.\n')).toEqual(['4 我 (Me) > 钱包 (Wallet) > 退款中心 (Refunds)']);
  });
});
