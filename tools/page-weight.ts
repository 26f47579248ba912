/**
 * What a page costs before any interaction, read from the built files (no browser): gzip bytes of
 * its HTML, of the stylesheets it links, and of the JavaScript it runs at load: module and classic
 * scripts it references and, recursively, what those import statically. Dynamic `import()` is
 * left out: it runs only when needed. The same rules as the project's own size budget
 * (tools/dist.ts, tests/dist/site.test.ts), but for any dist folder, so both sites are measured alike.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Files counted for CSS and JS, as site paths. */
  files: string[];
}

const gz = (data: string | Buffer) => gzipSync(data).length;

function tags(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

function attr(tagText: string, name: string): string | undefined {
  const v = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tagText);
  return v ? (v[1] ?? v[2] ?? v[3])!.replace(/&amp;/g, '&') : undefined;
}

/** Static imports in bundler output: `import"../bench/lib/x.js"`, `import{a}from"../bench/lib/x.js"`, `export{a}from"../bench/lib/x.js"`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
}

/** Resolves `ref` (absolute or relative) against the site path `from`, dropping query and hash. */
function resolveRef(ref: string, from: string): string {
  const clean = ref.split(/[?#]/)[0]!;
  return clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
}

/**
 * Weight of the page at site path `pagePath` (e.g. `/activation/bank-card/`) in `distDir`.
 * Inline scripts and styles are part of the HTML; their static imports count as JS.
 */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const htmlFile = join(distDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile, 'utf8');
  const self = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const read = (sitePath: string) => {
    const file = join(distDir, sitePath);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${sitePath}, which is not in ${distDir}`);
    return readFileSync(file);
  };

  const css = new Set<string>();
  for (const link of tags(html, 'link')) {
    const rel = (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(link, 'href');
    // Print stylesheets are downloaded too (at low priority), so they count.
    if (href && rel.includes('stylesheet')) css.add(resolveRef(href, self));
  }

  const js = new Set<string>();
  const visit = (sitePath: string) => {
    if (js.has(sitePath)) return;
    js.add(sitePath);
    for (const dep of staticImports(read(sitePath).toString('utf8'))) visit(resolveRef(dep, sitePath));
  };
  for (const script of tags(html, 'script')) {
    const src = attr(script, 'src');
    if (src) visit(resolveRef(src, self));
  }
  for (const link of tags(html, 'link')) {
    const rel = (attr(link, 'rel') ?? '').toLowerCase();
    const href = attr(link, 'href');
    if (href && rel === 'modulepreload') visit(resolveRef(href, self));
  }
  for (const m of html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const dep of staticImports(m[1]!)) visit(resolveRef(dep, self));
  }

  return {
    html: gz(html),
    css: [...css].reduce((n, f) => n + gz(read(f)), 0),
    js: [...js].reduce((n, f) => n + gz(read(f)), 0),
    files: [...css, ...js],
  };
}

/**
 * Bytes a browser downloads for Pagefind's own runtime in a dist folder: pagefind.js (gzip, as a
 * host sends it) and its wasm (stored compressed, sent as it is). Every Pagefind search pays it.
 */
export function pagefindRuntimeBytes(distDir: string): number | undefined {
  const dir = join(distDir, 'pagefind');
  if (!existsSync(join(dir, 'pagefind.js'))) return undefined;
  const wasm = readdirSync(dir).filter((f) => /^wasm\..*\.pagefind$/.test(f));
  return gz(readFileSync(join(dir, 'pagefind.js'))) + wasm.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
