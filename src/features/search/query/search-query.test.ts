import { describe, expect, it } from 'vitest';
import { compileVocabulary } from './search-synonyms';
import { isUrgent, planQuery } from './search-query';

const vocab = compileVocabulary({
  stopWords: ['怎么办', '怎么', '的时候', '了', '的', '吗', '我', 'my', 'how', 'to'],
  groups: [
    ['开通失败', '开不了'],
    ['钱包', 'wallet'],
    ['付款', '支付', 'pay', 'payment'],
    ['失败', 'failed'],
    ['手机丢失', 'lost phone'],
    ['冻结', 'frozen'],
  ],
  suggestions: ['付款失败'],
});

const parts = (q: string) => planQuery(q, vocab).parts.map((p) => (p.kind === 'synonym' ? `[${p.text}]` : p.text));
const queries = (q: string) => planQuery(q, vocab).searches.map((s) => s.query);

describe('planQuery: cutting the query', () => {
  it('recognises synonym terms and drops stop words around them', () => {
    expect(parts('钱包开不了怎么办')).toEqual(['[钱包]', '[开不了]']);
  });
  it('keeps adjacent Chinese words that are not synonyms together as one part', () => {
    expect(parts('身份证号填错了')).toEqual(['身份证号填错']);
  });
  it('drops English stop words before matching, so "lost my phone" meets "lost phone"', () => {
    expect(parts('lost my phone')).toEqual(['[lost phone]']);
  });
  it('strips a trailing particle ICU left on a word (偷了 → 偷)', () => {
    expect(parts('手机 偷了')).toEqual(['手机', '偷']);
  });
  it('drops lone letters and digits, which match something on every page', () => {
    expect(parts('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'onerror', 'alert']);
  });
  it('searches a query of stop words only as typed rather than not at all', () => {
    expect(parts('怎么办')).toEqual(['怎么办']);
  });
  it('plans nothing for an empty or punctuation-only query', () => {
    expect(planQuery('  ，。！ ', vocab).searches).toEqual([]);
  });
});

describe('planQuery: the searches', () => {
  it('asks for every part as typed, and with synonyms in the articles’ words', () => {
    const q = queries('wallet 开不了');
    expect(q[0]).toBe('wallet 开不了');
    expect(q[1]).toBe('钱包 开通失败');
  });
  it('translates English through the synonym groups', () => {
    expect(queries('payment failed')).toContain('付款 失败');
  });
  it('adds each part alone as a fallback, weighted below the whole query as typed', () => {
    const plan = planQuery('钱包 开不了', vocab);
    const typed = plan.searches[0]!;
    const fallback = plan.searches.filter((s) => s.fallback);
    expect(typed).toMatchObject({ query: '钱包 开不了', fallback: false });
    expect(fallback.map((s) => s.query)).toEqual(expect.arrayContaining(['钱包', '开不了', '开通失败']));
    expect(Math.max(...fallback.map((s) => s.weight))).toBeLessThan(typed.weight);
  });
  it('searches the words of a long part one by one too, so one missing word does not sink it', () => {
    expect(queries('有人问我要验证码')).toEqual(expect.arrayContaining(['有人问我要验证码', '有人', '验证']));
  });
  it('weights a single Chinese character below a word', () => {
    const plan = planQuery('偷 丢', vocab);
    expect(plan.parts.map((p) => p.text)).toEqual(['偷', '丢']);
    const weight = (q: string) => plan.searches.find((s) => s.query === q)!.weight;
    expect(weight('偷')).toBeLessThan(weight('偷 丢'));
  });
  it('does not search a single Chinese character alone when the query has a longer word', () => {
    expect(queries('手机 偷')).toEqual(['手机 偷', '手机']);
    // Within a part too (换|手机|号): 手机 is searched alone, 换 and 号 are not.
    const within = queries('换手机号');
    expect(within).toContain('手机');
    expect(within).not.toContain('换');
    expect(within).not.toContain('号');
  });
  it('still searches single characters alone when the query has nothing longer', () => {
    expect(queries('偷 丢')).toEqual(expect.arrayContaining(['偷', '丢']));
  });
  it('does not repeat a search', () => {
    const q = queries('冻结');
    expect(new Set(q).size).toBe(q.length);
  });
});

describe('planQuery: terms to mark', () => {
  it('marks the reader’s words and the articles’ word for them, never single characters', () => {
    const { highlight } = planQuery('钱包开不了', vocab);
    expect(highlight).toEqual(expect.arrayContaining(['钱包', '开不了', '开通失败', '开通', '失败']));
    expect(highlight.every((t) => [...t].length >= 2)).toBe(true);
    // A colloquial variant is not cut into fragments such as 不了.
    expect(highlight).not.toContain('不了');
  });
});

describe('isUrgent', () => {
  const words = { urgent: ['被骗', '手机被偷', 'scam'] };
  it('finds an urgent word anywhere in a Chinese query', () => {
    expect(isUrgent('我好像被骗了怎么办', words)).toBe(true);
    expect(isUrgent('昨天手机被偷了', words)).toBe(true);
    expect(isUrgent('付款失败', words)).toBe(false);
  });
  it('needs a Latin word whole', () => {
    expect(isUrgent('i was scammed', { urgent: ['scam'] })).toBe(false);
    expect(isUrgent('is this a scam', words)).toBe(true);
  });
  it('is set on the plan from the vocabulary', () => {
    expect(planQuery('被骗了', { ...vocab, urgent: ['被骗'] }).urgent).toBe(true);
    expect(planQuery('被骗了', { ...vocab, urgent: [] }).urgent).toBe(false);
  });
});
