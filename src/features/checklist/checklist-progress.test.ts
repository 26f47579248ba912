import { expect, it } from 'vitest';
import { formatProgress } from './checklist-progress';
import { translate } from '../../i18n/zh-CN';

it('words progress for none, some and all', () => {
  expect(formatProgress(0, 7, translate)).toBe('还没开始，共 7 项');
  expect(formatProgress(3, 7, translate)).toBe('已完成 3/7');
  expect(formatProgress(7, 7, translate)).toBe('全部完成，共 7 项');
});
