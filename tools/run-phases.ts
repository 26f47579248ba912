/**
 * `npm test`: runs the test phases in order, each an npm script of its own, and prints how long
 * each took and the total, so a slow phase shows in every CI log. Stops at the first phase that
 * fails, with its exit status. Plain Node (no imports from the project), so it runs before anything
 * is built.
 *
 * Beside the wall-clock time it prints the CPU time the phase used (Linux only, from
 * /proc/self/stat): on a machine shared with other jobs the wall-clock time says more about the
 * neighbours than about the tests, and CPU time divided by the cores is what the phase would take
 * alone at best.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PHASES = ['test:types', 'lint', 'test:unit', 'build', 'test:dist', 'test:e2e'];

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

const times: { phase: string; wall: number; cpu: number | undefined }[] = [];
function report() {
  const fmt = (s: number | undefined) => (s === undefined ? '' : `${s.toFixed(1)} s`.padStart(9));
  const sum = (pick: (t: (typeof times)[number]) => number | undefined) =>
    times.some((t) => pick(t) === undefined) ? undefined : times.reduce((n, t) => n + pick(t)!, 0);
  const rows = [...times, { phase: 'total', wall: sum((t) => t.wall)!, cpu: sum((t) => t.cpu) }];
  const cpuHeader = times[0]?.cpu === undefined ? '' : '      cpu';
  console.log(`\nTest phases        wall${cpuHeader}`);
  for (const t of rows) console.log(`  ${t.phase.padEnd(12)}${fmt(t.wall)}${fmt(t.cpu)}`);
}

for (const phase of PHASES) {
  console.log(`\n> npm run ${phase}`);
  const start = performance.now();
  const cpuBefore = childrenCpu();
  const run = spawnSync('npm', ['run', '--silent', phase], { stdio: 'inherit' });
  const cpuAfter = childrenCpu();
  times.push({
    phase,
    wall: (performance.now() - start) / 1000,
    cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
  });
  if (run.status !== 0) {
    console.log(`\n${phase} failed (exit status ${run.status ?? run.signal}).`);
    report();
    process.exit(run.status ?? 1);
  }
}
report();
