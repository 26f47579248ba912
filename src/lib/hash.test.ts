import { expect, it } from 'vitest';
import { fnv1a32 } from './hash';

it('gives the published FNV-1a 32-bit values', () => {
  // Test vectors from the FNV reference (isthe.com/chongo/tech/comp/fnv).
  expect(fnv1a32('')).toBe(0x811c9dc5);
  expect(fnv1a32('a')).toBe(0xe40c292c);
  expect(fnv1a32('foobar')).toBe(0xbf9cf968);
});

it('hashes the UTF-8 bytes, so Chinese text hashes the same everywhere', () => {
  // 微 is three bytes in UTF-8 (e5 be ae): hashing UTF-16 code units would give another number.
  const h = [0xe5, 0xbe, 0xae].reduce((acc, byte) => Math.imul(acc ^ byte, 0x01000193) >>> 0, 0x811c9dc5);
  expect(fnv1a32('微')).toBe(h);
});
