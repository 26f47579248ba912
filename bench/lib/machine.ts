/** The machine and software a benchmark ran on, for RESULTS.md. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { replaceSection } from './report.ts';

export function machine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() || 'unknown CPU';
  const mem = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${cpu.length} cores, ${mem} GB memory, Node ${process.version} (${process.platform}-${process.arch})`;
}

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
}

/** Version of an installed package, looked up from `dir`'s node_modules. */
export function versionOf(dir: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** The commit of `dir`, with "+ changes" when the work tree differs from it. */
export function commitOf(dir: string): string {
  try {
    // A folder inside another checkout (a copy under tmp/) is not that checkout's commit.
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' }).trim();
    if (realpathSync(top) !== realpathSync(dir)) return 'not a git checkout';
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    // The results file itself does not count: the benchmarks rewrite it.
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/RESULTS.md'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'not a git checkout';
  }
}

const HEADER = `# Benchmark results

Written by \`npm run bench:peer\`, \`npm run bench:scale\` and \`npm run bench:offline\` (see the README's Benchmarks section).
Each section is replaced when its benchmark runs again. Figures, not tests: they vary with the
machine and with what else runs on it (see the load average of each run).
`;

/** Replaces one section of bench/RESULTS.md (creating the file when needed). */
export function writeResults(file: string, section: string, content: string): void {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  writeFileSync(file, replaceSection(doc, section, content));
}
