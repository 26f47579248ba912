import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { failedModuleUrl, onDemand } from './on-demand';

const failure = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);

describe('failedModuleUrl', () => {
  it('reads the address Chromium and Firefox name', () => {
    expect(failedModuleUrl(failure('https://example.org/_astro/actions.B1x.js'))).toBe('https://example.org/_astro/actions.B1x.js');
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: http://127.0.0.1:4321/_astro/a.js'))).toBe(
      'http://127.0.0.1:4321/_astro/a.js',
    );
  });
  it('gives nothing when the error names no address (WebKit), or is not an error', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl(undefined)).toBeUndefined();
  });
});

describe('onDemand', () => {
  it('loads once and shares the result', async () => {
    let calls = 0;
    const get = onDemand(() => Promise.resolve(++calls));
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
  });

  it('after a failure, imports the address the error named again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'on-demand-')), 'module.mjs');
    writeFileSync(file, 'export const answer = 42;\n');
    let calls = 0;
    const get = onDemand<{ answer: number }>(() => (calls++, Promise.reject(failure(pathToFileURL(file).href))));
    await expect(get()).rejects.toThrow('Failed to fetch');
    expect((await get()).answer).toBe(42);
    expect(calls).toBe(1);
  });

  it('calls the loader again when the error named no address', async () => {
    let calls = 0;
    const get = onDemand(() =>
      ++calls === 1 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve('ok'),
    );
    await expect(get()).rejects.toThrow('Importing');
    expect(await get()).toBe('ok');
  });
});
