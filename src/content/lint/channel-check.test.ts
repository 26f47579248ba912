import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, isAllowedPath, isAllowedPhone, withoutGlosses } from './channel-check';

const allowed = {
  phones: ['95017', '110', '400-670-0700'],
  domains: ['kf.qq.com', 'weixin110.qq.com'],
  paths: ['我 > 服务 > 钱包 > 消费者保护 > 安全保障', '我 > 设置 > 帮助与反馈'],
};

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

describe('isAllowedPath', () => {
  it('accepts a listed path or a consecutive part of one, in order', () => {
    expect(isAllowedPath('服务 > 钱包', allowed.paths)).toBe(true);
    expect(isAllowedPath('钱包 > 服务', allowed.paths)).toBe(false);
  });
  it('reads English-glossed paths by their Chinese names', () => {
    expect(withoutGlosses('我 (Me) > 服务 (Services) > 钱包 (Wallet)')).toBe('我 > 服务 > 钱包');
    expect(isAllowedPath('我 (Me) > 服务 (Services) > 钱包 (Wallet)', allowed.paths)).toBe(true);
    expect(isAllowedPath('我 (Me) > 钱包 (Wallet) > 退款中心 (Refunds)', allowed.paths)).toBe(false);
  });
});
