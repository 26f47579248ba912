import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LARGE, LARGE_CLASS, TEXT_SIZE_KEY, parseTextSize, readTextSize, writeTextSize } from './text-size';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
};
const broken = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

describe('text size preference', () => {
  it('reads anything but the exact value as normal', () => {
    expect(parseTextSize('large')).toBe('large');
    for (const v of [null, '', 'LARGE', '{"size":"large"}', 'true', 42]) expect(parseTextSize(v)).toBe('normal');
  });
  it('round-trips through storage and clears on normal', () => {
    const s = memory();
    expect(writeTextSize(s, 'large')).toBe(true);
    expect(readTextSize(s)).toBe('large');
    writeTextSize(s, 'normal');
    expect(s.m.size).toBe(0);
  });
  it('survives storage that throws', () => {
    expect(readTextSize(broken)).toBe('normal');
    expect(writeTextSize(broken, 'large')).toBe(false);
    expect(writeTextSize(undefined, 'large')).toBe(false);
  });
  it('uses the same key, value and class as the script that runs before paint', () => {
    const early = readFileSync('public/text-size.js', 'utf8');
    expect(early).toContain(`'${TEXT_SIZE_KEY}'`);
    expect(early).toContain(`=== '${LARGE}'`);
    expect(early).toContain(`add('${LARGE_CLASS}')`);
  });
});
