/**
 * Proves that a maintainer's mistake in frontmatter stops the build with a message that names the
 * file and the field. Runs the real Astro content sync over small fixture folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function syncFixture(name: string) {
  const cache = mkdtempSync(join(tmpdir(), 'help-cache-'));
  try {
    const run = spawnSync('npx', ['astro', 'sync'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        HELP_ARTICLES_DIR: `./tests/fixtures/${name}`,
        HELP_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

describe('a broken article fails the build, naming file and field', () => {
  it('wrong category', () => {
    const { status, output } = syncFixture('wrong-category');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/wrong-category/activation/broken.mdx');
    expect(output).toContain('category: category "wallet" is not one of: activation, tips, account, payments, security, fraud');
  });

  it('missing title', () => {
    const { status, output } = syncFixture('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/missing-title/activation/broken.mdx');
    expect(output).toContain('title: title is required');
  });

  it('related entry that points nowhere', () => {
    const { status, output } = syncFixture('related-nowhere');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/related-nowhere/activation/broken.mdx');
    expect(output).toContain('related.1: related entry "payments/no-such-article" is not an article');
  });
});
