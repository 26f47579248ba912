import { expect, it } from 'vitest';
import { isExternalHref } from './links';

it('tells external links from internal ones', () => {
  expect(isExternalHref('https://weixin110.qq.com/')).toBe(true);
  expect(isExternalHref('HTTP://kf.qq.com')).toBe(true);
  expect(isExternalHref('/activation/bank-card/')).toBe(false);
  expect(isExternalHref('#steps')).toBe(false);
  expect(isExternalHref('tel:95017')).toBe(false);
});
