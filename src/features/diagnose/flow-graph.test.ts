import { describe, expect, it } from 'vitest';
import { findLoops, parentsOf, reachableIds, stepNumbers, type FlowGraph } from './flow-graph';

const step = (...next: string[]) => ({ answers: next.map((n) => ({ next: n })) });
/** a → b, c; b → d, x (end); c → d, y (end); d → x, y. */
const diamond: FlowGraph = { start: 'a', steps: { a: step('b', 'c'), b: step('d', 'x'), c: step('d', 'y'), d: step('x', 'y') } };

describe('flow graph', () => {
  it('finds what the start reaches, ends and unknown ids included', () => {
    expect([...reachableIds(diamond)].sort()).toEqual(['a', 'b', 'c', 'd', 'x', 'y']);
    expect(reachableIds({ start: 'a', steps: { a: step('x'), lone: step('y') } })).toEqual(new Set(['a', 'x']));
  });

  it('numbers steps by the answers it takes to reach them', () => {
    expect(Object.fromEntries(stepNumbers(diamond))).toEqual({ a: [1], b: [2], c: [2], d: [3] });
    // A shortcut a → d makes d both step 2 and step 3.
    const shortcut = { ...diamond, steps: { ...diamond.steps, a: step('b', 'c', 'd') } };
    expect(stepNumbers(shortcut).get('d')).toEqual([2, 3]);
  });

  it('stops numbering at a loop instead of running forever', () => {
    const loop = { start: 'a', steps: { a: step('b'), b: step('a', 'x') } };
    expect(stepNumbers(loop).get('a')?.length).toBeGreaterThan(0);
  });

  it('finds no loop in a diamond, and each loop once', () => {
    expect(findLoops(diamond)).toEqual([]);
    const twoWays = { start: 'a', steps: { a: step('b'), b: step('c'), c: step('a', 'b') } };
    expect(findLoops(twoWays)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['b', 'c', 'b'],
    ]);
  });

  it('lists each step that leads to a step or end once', () => {
    const parents = parentsOf({ start: 'a', steps: { a: step('b', 'b', 'x'), b: step('x', 'y') } });
    expect(Object.fromEntries(parents)).toEqual({ b: ['a'], x: ['a', 'b'], y: ['b'] });
  });
});
