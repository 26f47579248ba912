import { describe, expect, it } from 'vitest';
import { URGENT_EN_ARTICLES, URGENT_FLOWS, urgentEnArticles, urgentFlows, urgentPhones } from './urgent';

const phone = (number: string, rank?: number) => ({
  number,
  name: `号码${number}`,
  use: '用途说明文字',
  source: 'test',
  helpBox: true,
  ...(rank === undefined ? {} : { urgent: { rank, when: '什么时候打' } }),
});

describe('urgentPhones', () => {
  it('keeps the phones marked urgent, most urgent first', () => {
    expect(urgentPhones([phone('95017', 3), phone('12315'), phone('110', 1), phone('96110', 2)]).map((p) => p.number)).toEqual([
      '110',
      '96110',
      '95017',
    ]);
  });
});

describe('urgentFlows', () => {
  const flow = (id: string, articles: string[]) => ({ id, ends: Object.fromEntries(articles.map((a, i) => [`e${i}`, { article: a }])) });
  it('picks the urgent flows in order and the articles they end in, each once', () => {
    const flows = [flow('payments', ['x/ignored']), ...[...URGENT_FLOWS].reverse().map((id) => flow(id, ['a/one', `b/${id}`]))];
    const result = urgentFlows(flows);
    expect(result.flows.map((f) => f.id)).toEqual([...URGENT_FLOWS]);
    expect(result.articles).toEqual(['a/one', ...URGENT_FLOWS.map((id) => `b/${id}`)]);
  });
  it('names a missing flow', () => {
    expect(() => urgentFlows([flow('scam', [])])).toThrow(/content\/flows\/lost-phone\.json/);
  });
});

describe('urgentEnArticles', () => {
  it('picks the English urgent articles in order, and names a missing one', () => {
    const articles = [...URGENT_EN_ARTICLES].reverse().map((id) => ({ id }));
    expect(urgentEnArticles([{ id: 'set-up' }, ...articles]).map((a) => a.id)).toEqual([...URGENT_EN_ARTICLES]);
    expect(() => urgentEnArticles([{ id: 'scams' }])).toThrow(/content\/en\/articles\/lost-phone\.mdx/);
  });
});
