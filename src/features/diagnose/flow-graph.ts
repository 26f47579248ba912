/**
 * The graph of a troubleshooter flow: steps are nodes, answers are edges to a step or an end.
 * Pure functions over the parsed data, shared by the validation and by the pages (progress
 * numbers, the "上一步" link).
 */

/** The part of a flow the graph functions need. */
export interface FlowGraph {
  start: string;
  steps: Record<string, { answers: readonly { next: string }[] }>;
}

/** Targets of a step's answers that are steps (ends and unknown ids have no outgoing edges). */
function stepTargets(flow: FlowGraph, id: string): string[] {
  return (flow.steps[id]?.answers ?? []).map((a) => a.next).filter((n) => Object.hasOwn(flow.steps, n));
}

/** Every id (step, end or unknown) reachable from the start, the start included. */
export function reachableIds(flow: FlowGraph): Set<string> {
  const seen = new Set<string>();
  const queue = [flow.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const a of flow.steps[id]?.answers ?? []) queue.push(a.next);
  }
  return seen;
}

/**
 * Loops, each as the step ids along it with the first repeated at the end (`a → b → a`).
 * Every step is searched, reachable or not, so no loop hides behind another mistake.
 */
export function findLoops(flow: FlowGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const seenLoops = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of stepTargets(flow, id)) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        // The same loop found from another entry point is reported once.
        const key = [...new Set(loop)].sort().join(' ');
        if (!seenLoops.has(key)) {
          seenLoops.add(key);
          loops.push(loop);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of Object.keys(flow.steps)) if (!state.has(id)) visit(id);
  return loops;
}

/**
 * For each step reachable from the start, the step numbers it can be reached at (1 for the
 * start), sorted. Only meaningful without loops; with a loop it stops rather than run forever.
 */
export function stepNumbers(flow: FlowGraph): Map<string, number[]> {
  const numbers = new Map<string, Set<number>>();
  const limit = Object.keys(flow.steps).length;
  const add = (id: string, n: number) => {
    const set = numbers.get(id) ?? new Set<number>();
    if (set.has(n) || n > limit) return;
    set.add(n);
    numbers.set(id, set);
    for (const next of stepTargets(flow, id)) add(next, n + 1);
  };
  if (Object.hasOwn(flow.steps, flow.start)) add(flow.start, 1);
  return new Map([...numbers].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}

/** For each step or end, the distinct steps that have an answer leading to it, in file order. */
export function parentsOf(flow: FlowGraph): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const [id, step] of Object.entries(flow.steps)) {
    for (const a of step.answers) {
      const list = parents.get(a.next) ?? [];
      if (!list.includes(id)) list.push(id);
      parents.set(a.next, list);
    }
  }
  return parents;
}
