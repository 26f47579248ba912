/**
 * astro.config.mjs, and every module it imports, loads in plain Node (type stripping, no Vite). Astro
 * tries exactly that first and, when it fails, quietly starts a Vite server to load the config
 * instead, which cost about 0.7 s of every build. So the config's modules write relative imports
 * with their extension (`./search-text.ts`), JSON imports with `with { type: 'json' }`, and no
 * TypeScript that only compiles (parameter properties, enums). This test names the import that breaks it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Imports `file` in a fresh Node process, as Astro does first; returns Node's error, or '' when it loads. */
function importError(file: string): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)});`], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return run.status === 0 ? '' : run.stderr.split('\n').find((line) => /Error/.test(line)) || run.stderr;
}

/** Every bare package name the modules loaded by `file` import, in a fresh Node process. */
function packagesImported(file: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) {
      if (!/^(node:|[./]|file:)/.test(specifier)) seen.add(specifier);
      return next(specifier, context);
    } });
    await import(${JSON.stringify(pathToFileURL(file).href)});
    console.log(JSON.stringify([...seen]));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as string[];
}

describe('the Astro config in plain Node', () => {
  it('loads, with every module it imports', () => {
    expect(importError('astro.config.mjs')).toBe('');
  });
  it('leaves what the search index worker loads to the worker (Pagefind, OpenCC, pinyin-pro)', () => {
    const loaded = packagesImported('astro.config.mjs');
    expect(loaded).toContain('astro/config'); // the hook sees the config's own imports
    expect(loaded.filter((name) => /^(pagefind|opencc-js|pinyin-pro)(\/|$)/.test(name))).toEqual([]);
  });
  it('would fail on an import without its extension (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-in-node-'));
    writeFileSync(join(dir, 'helper.ts'), 'export const x: number = 1;\n');
    writeFileSync(join(dir, 'config.mjs'), "import { x } from './helper';\nexport default { x };\n");
    expect(importError(join(dir, 'config.mjs'))).toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/);
  });
});
