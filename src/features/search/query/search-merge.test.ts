import { describe, expect, it } from 'vitest';
import { mergeRuns, rarity, withoutWeak } from './search-merge';

describe('mergeRuns', () => {
  it('puts a page found by several searches above one found by a single search', () => {
    const ranked = mergeRuns([
      { weight: 1, hits: [{ id: 'a', score: 10 }] },
      {
        weight: 1,
        hits: [
          { id: 'b', score: 10 },
          { id: 'a', score: 5 },
        ],
      },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });
  it('scales scores by the best score of the whole query, so a weak search stays weak', () => {
    const ranked = mergeRuns([
      { weight: 1, hits: [{ id: 'strong', score: 20 }] },
      { weight: 1, hits: [{ id: 'weak', score: 2 }] },
    ]);
    expect(ranked).toEqual([
      { id: 'strong', score: 1 },
      { id: 'weak', score: 0.1 },
    ]);
  });
  it('weights a run by its weight', () => {
    const ranked = mergeRuns([
      { weight: 0.2, hits: [{ id: 'a', score: 10 }] },
      { weight: 1, hits: [{ id: 'b', score: 10 }] },
    ]);
    expect(ranked[0]!.id).toBe('b');
  });
  it('counts a fallback run less when its word is on many pages', () => {
    const common = { weight: 1, fallback: true, hits: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, score: 10 })) };
    const rare = { weight: 1, fallback: true, hits: [{ id: 'r', score: 10 }] };
    const ranked = mergeRuns([common, rare], 10);
    expect(ranked[0]!.id).toBe('r');
  });
  it('keeps the order pages were first found in when scores tie', () => {
    expect(
      mergeRuns([
        {
          weight: 1,
          hits: [
            { id: 'x', score: 1 },
            { id: 'y', score: 1 },
          ],
        },
      ]).map((r) => r.id),
    ).toEqual(['x', 'y']);
  });
  it('returns nothing when nothing was found', () => {
    expect(mergeRuns([])).toEqual([]);
    expect(mergeRuns([{ weight: 1, hits: [] }])).toEqual([]);
  });
});

describe('rarity', () => {
  it('is 1 for a word on one page and falls towards 0 as the word is on every page', () => {
    expect(rarity(1, 20)).toBe(1);
    expect(rarity(10, 20)).toBeLessThan(rarity(2, 20));
    expect(rarity(20, 20)).toBeGreaterThan(0);
    expect(rarity(20, 20)).toBeLessThan(0.05);
  });
  it('does not scale when the page count is unknown', () => {
    expect(rarity(5, 0)).toBe(1);
  });
});

describe('withoutWeak', () => {
  it('drops results far below the best and keeps the order', () => {
    const ranked = [
      { id: 'a', score: 2 },
      { id: 'b', score: 0.5 },
      { id: 'c', score: 0.05 },
    ];
    expect(withoutWeak(ranked, 0.1).map((r) => r.id)).toEqual(['a', 'b']);
    expect(withoutWeak([], 0.1)).toEqual([]);
  });
});
