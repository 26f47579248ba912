import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindRuntimeBytes, pageWeight, staticImports } from './page-weight';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
const files: Record<string, string> = {
  'a/index.html':
    '<html><head><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/print.css" media="print"><link rel="icon" href="/i.svg">' +
    '<script type="module" src="/m.js"></script><script type="module">import"/inline-dep.js";</script></head><body>hi</body></html>',
  's.css': 'body{color:red}',
  'print.css': 'body{color:black}',
  'i.svg': '<svg/>',
  'm.js': 'import{a}from"./dep.js";const later=()=>import("./lazy.js");',
  'dep.js': 'export const a=1;export{b}from"./dep2.js";',
  'dep2.js': 'export const b=2;',
  'inline-dep.js': 'console.log(1)',
  'lazy.js': 'x'.repeat(5000),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const gz = (name: string) => gzipSync(files[name]!).length;

describe('pageWeight', () => {
  it('counts stylesheets and scripts with their static imports, not dynamic ones', () => {
    const w = pageWeight(dist, '/a/');
    expect(w.files.sort()).toEqual(['/dep.js', '/dep2.js', '/inline-dep.js', '/m.js', '/print.css', '/s.css']);
    expect(w.html).toBe(gz('a/index.html'));
    expect(w.css).toBe(gz('s.css') + gz('print.css'));
    expect(w.js).toBe(gz('m.js') + gz('dep.js') + gz('dep2.js') + gz('inline-dep.js'));
  });

  it('names a missing file', () => {
    writeFileSync(join(dist, 'a/index.html'), '<script src="/gone.js"></script>');
    expect(() => pageWeight(dist, '/a/')).toThrow(/\/a\/ loads \/gone.js, which is not in/);
  });
});

describe('staticImports', () => {
  it('finds bundler-style static imports and re-exports only', () => {
    expect(staticImports('import"./a.js";import{b}from"./b.js";export*from"./c.js";import("./d.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });
});

describe('pagefindRuntimeBytes', () => {
  it('is pagefind.js gzipped plus the wasm as stored; undefined without Pagefind', () => {
    expect(pagefindRuntimeBytes(dist)).toBeUndefined();
    mkdirSync(join(dist, 'pagefind'), { recursive: true });
    writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'let x=1;'.repeat(100));
    writeFileSync(join(dist, 'pagefind', 'wasm.unknown.pagefind'), Buffer.alloc(300));
    writeFileSync(join(dist, 'pagefind', 'pagefind-worker.js'), 'not counted');
    expect(pagefindRuntimeBytes(dist)).toBe(gzipSync('let x=1;'.repeat(100)).length + 300);
  });
});
