/**
 * Proves that a mistake in a troubleshooter flow stops the real build with a message naming the
 * file and the step, answer or end. Builds the site with a folder of broken flows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a broken flow fails the build, naming file and step', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'help-flows-'));
  try {
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(tmp, 'dist')], {
      encoding: 'utf8',
      env: {
        ...process.env,
        HELP_FLOWS_DIR: './tests/fixtures/flows-broken',
        HELP_CACHE_DIR: join(tmp, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('Troubleshooter flows are invalid');
    expect(output).toContain('tests/fixtures/flows-broken/payments.json: step "network" answer 2 ("还是失败") leads to "retry", which is not a step or an end');
    expect(output).toContain('tests/fixtures/flows-broken/payments.json: steps form a loop: prompt → network → prompt');
    expect(output).toContain('tests/fixtures/flows-broken/payments.json: end "card" names article "payments/no-such-article", which does not exist');
    expect(output).toContain('tests/fixtures/flows-broken/account.json: end "unsure" names channel "12381"');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
