import { describe, expect, it } from 'vitest';
import { typographyProblems } from './zh-typography';

const rules = (text: string) => typographyProblems(text).map((p) => `${p.index} ${p.rule}`);

describe('typographyProblems', () => {
  it('wants a space between Chinese and Latin letters or digits, numbers before units included', () => {
    expect(rules('拨打95017。')).toEqual(['0 space']);
    expect(rules('2024年')).toEqual(['0 space']);
    expect(rules('拨打 95017，2024 年 5 月切换到 Wi-Fi。')).toEqual([]);
  });
  it('wants full-width commas, stops, question marks, parentheses and quotation marks in Chinese', () => {
    expect(rules('先检查网络,再试一次?')).toEqual(['5 punctuation', '10 punctuation']);
    expect(rules('银行卡(储蓄卡)')).toEqual(['3 punctuation', '7 punctuation']);
    expect(typographyProblems('提示"失败"')[0]?.message).toBe('use “” for quotations in Chinese');
  });
  it('asks for no space outside full-width quotation marks or parentheses', () => {
    expect(rules('看到“当前交易异常”时，换一张卡（储蓄卡）再试。')).toEqual([]);
  });
  it('leaves English alone', () => {
    expect(rules('Open WeChat (the app), then try again.')).toEqual([]);
  });
});
