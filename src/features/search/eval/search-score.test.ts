import { describe, expect, it } from 'vitest';
import { articleIdOfHref, parseQueries, scoreRankings } from './search-score';

describe('scoreRankings', () => {
  const queries = [
    { q: 'a', expect: ['x/one'] },
    { q: 'b', expect: ['x/two', 'x/three'] },
    { q: 'c', expect: ['x/four'] },
    { q: 'd', expect: ['x/five'] },
  ];

  it('counts hits in the first three and averages 1/rank within the first ten', () => {
    const score = scoreRankings(queries, [
      ['x/one'], // rank 1
      ['x/nine', 'x/nine2', 'x/three'], // rank 3: a hit
      ['1', '2', '3', 'x/four'], // rank 4: no hit, 1/4
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'x/five'], // rank 11: nothing
    ]);
    expect(score.recall3).toBe(0.5);
    expect(score.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 4) / 4);
    expect(score.misses.map((m) => m.q)).toEqual(['c', 'd']);
    expect(score.misses[0]!.got).toEqual(['1', '2', '3']);
  });

  it('refuses rankings that do not match the queries', () => {
    expect(() => scoreRankings(queries, [[]])).toThrow(/1 rankings for 4 queries/);
  });
});

describe('articleIdOfHref', () => {
  it('keeps the path of an article and names the home page', () => {
    expect(articleIdOfHref('/payments/payment-failed/?highlight=%E6%94%AF#top')).toBe('payments/payment-failed');
    expect(articleIdOfHref('http://127.0.0.1:4000/activation/bank-card/')).toBe('activation/bank-card');
    expect(articleIdOfHref('/')).toBe('/');
  });
});

describe('parseQueries', () => {
  it('reads the shared format and names a bad entry', () => {
    expect(parseQueries('{"queries":[{"q":"付款失败","expect":["payments/payment-failed"]}]}', 'q.json')).toEqual([
      { q: '付款失败', expect: ['payments/payment-failed'] },
    ]);
    expect(() => parseQueries('{"queries":[{"q":"x","expect":[]}]}', 'q.json')).toThrow(
      'q.json: queries[0].expect must be a non-empty list of article ids',
    );
    expect(() => parseQueries('{}', 'q.json')).toThrow(/expected \{ "queries"/);
  });
});
