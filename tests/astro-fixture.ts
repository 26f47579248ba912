/**
 * Runs the real Astro CLI over a folder of fixture articles (`tests/fixtures/<name>`) with a cache
 * and output of its own, so the project's own build is never touched. Returns the exit status and
 * everything Astro printed, for tests that prove a mistake fails the build with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function runAstroOnFixture(command: 'sync' | 'build', fixture: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'help-fixture-'));
  try {
    const args = command === 'build' ? ['astro', 'build', '--outDir', join(scratch, 'dist')] : ['astro', 'sync'];
    const run = spawnSync('npx', args, {
      encoding: 'utf8',
      env: {
        ...process.env,
        HELP_ARTICLES_DIR: `./tests/fixtures/${fixture}`,
        HELP_CACHE_DIR: join(scratch, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
