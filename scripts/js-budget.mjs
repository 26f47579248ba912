// Prints how much JavaScript each built page loads before the reader does anything (gzip bytes),
// and fails when a page loads more than the budget. Counts module and classic scripts, inline
// scripts, modulepreload links and the static imports of every script, followed through chunks;
// dynamic import() is left out, since it loads only on interaction.
// Run after `npm run build`: `npm run check:budget`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.argv[2] ?? 'dist');
const BUDGET = 10 * 1024;

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });

const gz = (text) => gzipSync(text).length;

/** A script file and everything it imports statically, as absolute paths. */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export * from"./a.js"`.
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`()]*?\sfrom\s*|[^'"`()]*?from)?["']([^"']+\.m?js)["']/g)) {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      withImports(spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec), seen);
    }
  }
  return seen;
}

const rows = [];
for (const page of htmlFiles(DIST)) {
  const html = readFileSync(page, 'utf8');
  const files = new Set();
  let inline = 0;
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    if (/type=["']?application\/(ld\+)?json/.test(attrs)) continue;
    if (src) {
      if (src.startsWith('/')) withImports(join(DIST, src), files);
    } else inline += gz(body);
  }
  for (const [, href] of html.matchAll(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*href=["']?([^"'\s>]+)/g)) {
    if (href.startsWith('/')) withImports(join(DIST, href), files);
  }
  const total = inline + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  rows.push({ page: '/' + relative(DIST, page).replace(/index\.html$/, ''), total, files: files.size });
}

rows.sort((a, b) => b.total - a.total);
const kb = (n) => (n / 1024).toFixed(1).padStart(5) + ' KB';
console.log(`JavaScript loaded before interaction, gzip (budget ${kb(BUDGET).trim()} per page):`);
for (const row of rows.filter((r) => r.total > 0)) console.log(`  ${kb(row.total)}  ${row.files} file(s)  ${row.page}`);
const without = rows.filter((r) => r.total === 0).length;
console.log(`  ${without} of ${rows.length} pages load no JavaScript.`);
const over = rows.filter((r) => r.total > BUDGET);
if (over.length) {
  console.error(`Over budget: ${over.map((r) => r.page).join(', ')}`);
  process.exit(1);
}
