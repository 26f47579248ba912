import { describe, expect, test } from 'vitest';
import { createSearchCalls, type SearchCall } from './search-calls';
import type { SearchResponse } from './search-engine';

const response = (q: string): SearchResponse => ({
  plan: { normalized: q, parts: [], searches: [], highlight: [q], urgent: false },
  results: [],
  total: 0,
  categories: {},
});
const request = (query: string) => ({ lang: 'zh-CN' as const, query, options: {}, pageLang: 'zh-CN' });

describe('createSearchCalls', () => {
  test('each answer settles the call with its id, whatever the order', async () => {
    const sent: SearchCall[] = [];
    const calls = createSearchCalls((c) => sent.push(c));
    const first = calls.call(request('支付'));
    const second = calls.call(request('退款'));
    expect(sent.map((c) => c.query)).toEqual(['支付', '退款']);
    expect(sent[0]!.id).not.toBe(sent[1]!.id);
    calls.answer({ id: sent[1]!.id, response: response('退款') });
    calls.answer({ id: sent[0]!.id, response: response('支付') });
    expect((await first).plan.highlight).toEqual(['支付']);
    expect((await second).plan.highlight).toEqual(['退款']);
  });

  test('an error answer rejects its call only', async () => {
    const sent: SearchCall[] = [];
    const calls = createSearchCalls((c) => sent.push(c));
    const failing = calls.call(request('a'));
    const fine = calls.call(request('b'));
    calls.answer({ id: sent[0]!.id, error: 'offline' });
    await expect(failing).rejects.toThrow('offline');
    calls.answer({ id: sent[1]!.id, response: response('b') });
    await expect(fine).resolves.toMatchObject({ total: 0 });
  });

  test('an answer to no waiting call, or a second answer, is ignored', async () => {
    const sent: SearchCall[] = [];
    const calls = createSearchCalls((c) => sent.push(c));
    const one = calls.call(request('a'));
    calls.answer({ id: 999, error: 'stray' });
    calls.answer({ id: sent[0]!.id, response: response('a') });
    calls.answer({ id: sent[0]!.id, error: 'late' });
    await expect(one).resolves.toMatchObject({ plan: { highlight: ['a'] } });
  });

  test('failAll settles every waiting call another way (the worker could not start)', async () => {
    const calls = createSearchCalls(() => {});
    const a = calls.call(request('a'));
    const b = calls.call(request('b'));
    const settled: string[] = [];
    calls.failAll(async (r) => {
      settled.push(r.query);
      return response(`here:${r.query}`);
    });
    expect((await a).plan.highlight).toEqual(['here:a']);
    expect((await b).plan.highlight).toEqual(['here:b']);
    expect(settled).toEqual(['a', 'b']);
    // Nothing is left waiting: a later failAll settles nothing again.
    calls.failAll(async () => {
      throw new Error('not again');
    });
  });
});
