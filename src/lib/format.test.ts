import { expect, it } from 'vitest';
import { formatDateZh, isoDay } from './format';

it('formats dates the Chinese way, with spaces around digits', () => {
  const d = new Date('2026-03-05T00:00:00Z');
  expect(formatDateZh(d)).toBe('2026 年 3 月 5 日');
  expect(isoDay(d)).toBe('2026-03-05');
});
