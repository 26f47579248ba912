import { expect, it } from 'vitest';
import { fillTemplate, formatDate, formatDateEn, formatDateZh, isoDay } from './format';

it('formats dates the Chinese way, with spaces around digits', () => {
  const d = new Date('2026-03-05T00:00:00Z');
  expect(formatDateZh(d)).toBe('2026 年 3 月 5 日');
  expect(isoDay(d)).toBe('2026-03-05');
});

it('formats dates the GOV.UK way in English', () => {
  expect(formatDateEn(new Date('2026-12-02T00:00:00Z'))).toBe('2 December 2026');
  expect(formatDateEn(new Date('2027-01-31T00:00:00Z'))).toBe('31 January 2027');
});

it('formats a date in the page language', () => {
  const d = new Date('2026-12-02T00:00:00Z');
  expect(formatDate('zh-CN', d)).toBe(formatDateZh(d));
  expect(formatDate('en', d)).toBe(formatDateEn(d));
});

it('fills interface-string placeholders and leaves unknown ones visible', () => {
  expect(fillTemplate('找到 {n} 篇', { n: 3 })).toBe('找到 3 篇');
  expect(fillTemplate('和“{q}”相关', { q: '<b>x</b>' })).toBe('和“<b>x</b>”相关');
  expect(fillTemplate('{missing}', {})).toBe('{missing}');
});
