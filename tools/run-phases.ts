/**
 * `npm test`: runs the test phases in order, each an npm script of its own, and prints how long
 * each took and the total, so a slow phase shows in every CI log. Stops after the first step that
 * fails, with its exit status. Plain Node (no imports from the project), so it runs before anything
 * is built.
 *
 * Some phases run side by side, where none writes what another reads and one leaves a core idle:
 * the type check (mostly one core's work) beside the lint and the unit tests (whose one real
 * build writes to a scratch folder and cache of its own, tests/astro-fixture.ts), and the checks
 * over dist/ beside the browser tests (one Playwright worker on two cores leaves room). The last
 * phase of a group prints as it goes; the others' output is held and printed whole when the group
 * ends. The build runs alone: it writes what the last two read.
 *
 * Beside the wall-clock time it prints the CPU time each step used (Linux only, from
 * /proc/self/stat; for side-by-side phases, their sum, on the first of them): on a machine shared
 * with other jobs the wall-clock time says more about the neighbours than about the tests, and CPU
 * time divided by the cores is what the phase would take alone at best.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STEPS: string[][] = [['test:types', 'lint', 'test:unit'], ['build'], ['test:dist', 'test:e2e']];

/** CPU seconds used by the children this process has waited for (cutime + cstime), or undefined. */
function childrenCpu(): number | undefined {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces or parentheses.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17)
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

interface Run {
  phase: string;
  wall: number;
  status: number | null;
  /** Output held back to print whole, when the phase ran beside another. */
  output?: string;
}

/** Runs one npm script; its output goes straight to ours unless `hold`, then it comes back whole. */
function run(phase: string, hold: boolean): Promise<Run> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', phase], { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ phase, wall: (performance.now() - start) / 1000, status, ...(hold ? { output } : {}) }));
  });
}

/** `cpu` null: counted on the phase before, which ran beside this one. */
const times: { phase: string; wall: number; cpu: number | undefined | null }[] = [];
let total = 0;
function report() {
  const fmt = (s: number | undefined | null) => (s === undefined ? '' : s === null ? '  (above)' : `${s.toFixed(1)} s`.padStart(9));
  const cpus = times.map((t) => t.cpu);
  const cpuTotal = cpus.includes(undefined) ? undefined : cpus.reduce<number>((n, c) => n + (c ?? 0), 0);
  const cpuHeader = times[0]?.cpu === undefined ? '' : '      cpu';
  console.log(`\nTest phases        wall${cpuHeader}`);
  for (const t of [...times, { phase: 'total', wall: total, cpu: cpuTotal }])
    console.log(`  ${t.phase.padEnd(12)}${fmt(t.wall)}${fmt(t.cpu)}`);
}

for (const step of STEPS) {
  const together = step.length > 1;
  console.log(`\n> npm run ${step.join(together ? ' & npm run ' : '')}`);
  const start = performance.now();
  const cpuBefore = childrenCpu();
  const runs = await Promise.all(step.map((phase, i) => run(phase, together && i < step.length - 1)));
  const cpuAfter = childrenCpu();
  total += (performance.now() - start) / 1000;
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  runs.forEach((r, i) => {
    if (r.output !== undefined) {
      console.log(`\n> npm run ${r.phase}${r.status === 0 ? '' : `  (failed, exit status ${r.status})`}`);
      if (r.output.trim()) console.log(r.output.trimEnd());
    }
    times.push({ phase: r.phase, wall: r.wall, cpu: i === 0 || cpu === undefined ? cpu : null });
  });
  const failed = runs.find((r) => r.status !== 0);
  if (failed) {
    console.log(`\n${failed.phase} failed (exit status ${failed.status}).`);
    report();
    process.exit(failed.status ?? 1);
  }
}
report();
