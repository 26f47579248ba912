import { describe, expect, it } from 'vitest';
import { mergeRuns, withoutWeak, type Hit } from './search-merge';
import type { PlannedSearch } from './search-query';
import { runStaged } from './search-run';

const plan: PlannedSearch[] = [
  { query: '钱包 开不了', weight: 1, fallback: false },
  { query: '钱包 开通失败', weight: 0.6, fallback: false },
  { query: '钱包', weight: 0.8, fallback: true },
  { query: '开不了', weight: 0.8, fallback: true },
];

/** A fake Pagefind: canned hits per query, and a log of what was asked. */
function fake(answers: Record<string, Hit[]>) {
  const asked: string[] = [];
  const execute = async (query: string) => {
    asked.push(query);
    return answers[query] ?? [];
  };
  return { asked, execute };
}

const pages = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, score: 10 - i * 0.01 }));

describe('runStaged', () => {
  it('runs the fallbacks when the whole query finds too few pages, and merges every run', async () => {
    const { asked, execute } = fake({ '钱包 开通失败': pages(2), 钱包: [{ id: 'w', score: 9 }] });
    const result = await runStaged(plan, execute, { totalPages: 100, minShare: 0.05, enough: 5 });
    expect(asked).toEqual(['钱包 开不了', '钱包 开通失败', '钱包', '开不了']);
    expect(result.fellBack).toBe(true);
    expect(result.ranked.map((r) => r.id)).toContain('w');
  });
  it('leaves the fallbacks out when the whole query already gives enough results', async () => {
    const { asked, execute } = fake({ '钱包 开不了': pages(5), 钱包: [{ id: 'w', score: 9 }] });
    const result = await runStaged(plan, execute, { totalPages: 100, minShare: 0.05, enough: 5 });
    expect(asked).toEqual(['钱包 开不了', '钱包 开通失败']);
    expect(result.fellBack).toBe(false);
    expect(result.ranked.map((r) => r.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
  it('counts only results withoutWeak keeps towards enough', async () => {
    // One strong page and many that score below 5 % of it: not enough, so the fallbacks run.
    const weak = Array.from({ length: 10 }, (_, i) => ({ id: `weak${i}`, score: 0.1 }));
    const { asked, execute } = fake({ '钱包 开不了': [{ id: 'strong', score: 10 }, ...weak] });
    const result = await runStaged(plan, execute, { totalPages: 100, minShare: 0.05, enough: 5 });
    expect(result.fellBack).toBe(true);
    expect(asked).toContain('钱包');
  });
  it('ranks the same as running everything at once when the fallbacks run', async () => {
    const answers = { '钱包 开不了': pages(1, 'a'), 钱包: pages(3, 'w'), 开不了: pages(2, 'k') };
    const { execute } = fake(answers);
    const staged = await runStaged(plan, execute, { totalPages: 100, minShare: 0.05, enough: 20 });
    const together = withoutWeak(
      mergeRuns(
        plan.map((s) => ({ ...s, hits: answers[s.query as keyof typeof answers] ?? [] })),
        100,
      ),
      0.05,
    );
    expect(staged.ranked).toEqual(together);
  });
  it('returns nothing without error for a plan with no searches', async () => {
    const { asked, execute } = fake({});
    expect((await runStaged([], execute, { totalPages: 10, minShare: 0.05 })).ranked).toEqual([]);
    expect(asked).toEqual([]);
  });
});
