/**
 * `npm run lint`: ESLint, Prettier's check and the Chinese copy check, run at the same time (each
 * is mostly one core's work; together they take the time of the slowest rather than the sum), each
 * one's output printed whole in turn. Fails if any of them fails, after showing all three. Plain
 * Node, like run-phases.ts.
 */
import { spawn } from 'node:child_process';

const CHECKS = ['lint:code', 'lint:format', 'lint:content'];

const runs = CHECKS.map(
  (script) =>
    new Promise<{ script: string; output: string; status: number | null }>((done) => {
      const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (status) => done({ script, output, status }));
    }),
);

let failed = 0;
for (const { script, output, status } of await Promise.all(runs)) {
  console.log(`> npm run ${script}${status === 0 ? '' : `  (failed, exit status ${status})`}`);
  if (output.trim()) console.log(output.trimEnd());
  if (status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
