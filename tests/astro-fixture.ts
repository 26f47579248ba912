/**
 * Runs a real Astro build over a fixture folder (`tests/fixtures/<name>`) with a cache and output
 * of its own, so the project's own build is never touched. Returns the exit status and everything
 * Astro printed, for the test that proves a mistake fails the build with a clear message.
 *
 * With fixture articles and no fixture flows, the build gets a minimal flow that names no article:
 * the real flows name real articles that a fixture folder does not have. The English section gets
 * one minimal article and flow (tests/fixtures/en-minimal): the real ones name real Chinese articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Fixtures {
  /** Folder under tests/fixtures used as content/articles. */
  articles?: string;
  /** Folder under tests/fixtures used as content/flows. */
  flows?: string;
}

export function runAstroOnFixture(fixtures: Fixtures): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'help-fixture-'));
  try {
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(scratch, 'dist')], {
      encoding: 'utf8',
      env: {
        ...process.env,
        HELP_ARTICLES_DIR: fixtures.articles ? `./tests/fixtures/${fixtures.articles}` : './content/articles',
        HELP_FLOWS_DIR: fixtures.flows
          ? `./tests/fixtures/${fixtures.flows}`
          : fixtures.articles
            ? './tests/fixtures/flows-minimal'
            : './content/flows',
        HELP_EN_ARTICLES_DIR: fixtures.articles ? './tests/fixtures/en-minimal/articles' : './content/en/articles',
        HELP_EN_FLOWS_DIR: fixtures.articles ? './tests/fixtures/en-minimal/flows' : './content/en/flows',
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
