/**
 * Temporary build directories for the benchmarks: a copy of the project (its files, not its
 * node_modules or build output, which are linked or left out) and a Starlight site made from the
 * project's articles. Nothing here writes into the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { toStarlightDoc } from './starlight-content.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const BENCH = resolve(REPO, 'bench');

/**
 * Installs bench/'s own dependencies (`npm ci` in bench/: Starlight, Lighthouse…) unless every one
 * of them is there already. The main install leaves them out to stay lean; each benchmark that
 * needs them calls this first.
 */
export function ensureBenchInstall(log: (line: string) => void): void {
  const { devDependencies } = JSON.parse(readFileSync(join(BENCH, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const missing = Object.keys(devDependencies).filter((name) => !existsSync(join(BENCH, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  log(`installing bench/ dependencies (npm ci in bench/; missing: ${missing.join(', ')})…`);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in bench/ failed');
}

/** Paths (relative to the repository) never copied: installs, build output, caches, the bench itself. */
const SKIP = new Set(['.git', 'node_modules', 'dist', '.astro', 'test-results', 'playwright-report', 'tmp', 'bench']);

/** A fresh directory under `base` (default: $BENCH_TMP or the system temp folder). */
export function tempDir(label: string, base = process.env['BENCH_TMP'] ?? tmpdir()): string {
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `help-bench-${label}-`));
}

/**
 * Copies the project at `source` into `dest` (created), links its node_modules
 * (`linkNodeModules`), and returns `dest`.
 * `articles`, when given, replaces content/articles with that folder's contents.
 */
export function copyProject(dest: string, { source: from = REPO, articles }: { source?: string; articles?: string } = {}): string {
  // Absolute, or the node_modules link below would point relative to the copy.
  const source = resolve(from);
  cpSync(source, dest, {
    recursive: true,
    filter: (src) => {
      const rel = relative(source, src);
      const top = rel.split(/[\\/]/)[0]!;
      if (SKIP.has(top)) return false;
      if (articles && (rel === join('content', 'articles') || rel.startsWith(join('content', 'articles') + '/'))) return false;
      return !/\.tmp\.\w+$/.test(rel);
    },
  });
  linkNodeModules(join(source, 'node_modules'), join(dest, 'node_modules'));
  if (articles) cpSync(articles, join(dest, 'content', 'articles'), { recursive: true });
  return dest;
}

/**
 * The copy's node_modules: a real folder of hard links to the project's installed files where the
 * system can make one (`cp -al`, same file system), as a checkout has; a symlink otherwise. Through
 * a symlink every module's real path lies outside the copy and Node and Vite resolve each one: the
 * project's build took about 10 % longer in 9 of 9 alternating pairs (bench/RESULTS.md, 2026-12-03),
 * a cost no checkout pays, nor the Starlight site, whose node_modules is bench/'s own folder. The
 * build caches inside node_modules are left out, so a build in the copy writes new files of its own.
 */
function linkNodeModules(from: string, to: string): void {
  if (spawnSync('cp', ['-al', from, to]).status === 0) {
    for (const cache of ['.vite', '.astro', '.cache']) rmSync(join(to, cache), { recursive: true, force: true });
    return;
  }
  rmSync(to, { recursive: true, force: true });
  symlinkSync(from, to, 'dir');
}

/** Every article file below `dir`, as paths relative to it (`activation/bank-card.mdx`). */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f) && !f.split(/[\\/]/).some((p) => p.startsWith('_')))
    .sort();
}

/**
 * Where Starlight sites are made. It must be inside bench/: Node and Vite then find
 * bench/node_modules by walking up. (A symlinked node_modules, as copyProject falls back to, breaks Astro's
 * compile cache for the .astro components Starlight ships inside node_modules.)
 */
export const STARLIGHT_TMP = join(BENCH, '.tmp');

/** Sites built with bench/node_modules must live inside bench/, where Node and Vite find it by walking up. */
function mustBeInBench(dest: string, what: string): void {
  if (relative(BENCH, dest).startsWith('..')) throw new Error(`${what} must be made inside ${BENCH}, not ${dest}`);
}

/**
 * A site's package.json naming `packages` at bench/package.json's versions: Astro decides which
 * packages to bundle from a site's dependencies (without them Starlight's components would be left
 * unbundled and fail).
 */
function writeSitePackage(dest: string, name: string, packages: readonly string[]): void {
  const bench = JSON.parse(readFileSync(join(BENCH, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies = Object.fromEntries(packages.map((p) => [p, bench.devDependencies[p]]));
  writeFileSync(
    join(dest, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', scripts: { build: 'astro build' }, dependencies }, null, 2),
  );
}

/**
 * A Starlight site in `dest` (inside STARLIGHT_TMP): the template in bench/starlight, the project's
 * categories, and every article converted (bench/lib/starlight-content.ts) into src/content/docs at
 * the same URL.
 */
export function makeStarlightSite(dest: string, { source = REPO }: { source?: string } = {}): string {
  mustBeInBench(dest, 'a Starlight site');
  if (!existsSync(join(BENCH, 'node_modules', '@astrojs', 'starlight'))) {
    throw new Error('bench/node_modules has no Starlight: run `npm ci` in bench/ first');
  }
  cpSync(join(BENCH, 'starlight'), dest, { recursive: true });
  cpSync(join(source, 'content', 'categories.json'), join(dest, 'categories.json'));
  writeSitePackage(dest, 'starlight-bench-site', ['@astrojs/starlight', 'astro']);
  const from = join(source, 'content', 'articles');
  const docs = join(dest, 'src', 'content', 'docs');
  for (const file of articleFiles(from)) {
    const out = join(docs, file.replace(/\.md$/, '.mdx'));
    mkdirSync(dirname(out), { recursive: true });
    try {
      writeFileSync(out, toStarlightDoc(readFileSync(join(from, file), 'utf8')));
    } catch (error) {
      throw new Error(`converting ${file} for Starlight: ${(error as Error).message}`, { cause: error });
    }
  }
  // A plain home page, as Starlight's template has; the benchmark measures article pages only.
  const categories = JSON.parse(readFileSync(join(source, 'content', 'categories.json'), 'utf8')) as {
    id: string;
    name: string;
    description: string;
  }[];
  writeFileSync(
    join(docs, 'index.mdx'),
    `---\ntitle: 钱包帮助中心\ndescription: 微信支付钱包的独立帮助中心。\n---\n\n${categories.map((c) => `- ${c.name}：${c.description}`).join('\n')}\n`,
  );
  return dest;
}

/**
 * The smallest Astro site, in `dest` (inside STARLIGHT_TMP, to use bench/node_modules): one page with
 * one heading, Astro's defaults. Its build time is the floor any Astro site pays (start-up, Vite),
 * the yardstick for the project's and Starlight's build times.
 */
export function makeEmptyAstroSite(dest: string): string {
  mustBeInBench(dest, 'the empty Astro site');
  mkdirSync(join(dest, 'src', 'pages'), { recursive: true });
  writeSitePackage(dest, 'empty-astro-bench-site', ['astro']);
  writeFileSync(join(dest, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dest, 'src', 'pages', 'index.astro'),
    '<html lang="zh-CN"><head><title>空白</title></head><body><h1>空白</h1></body></html>\n',
  );
  return dest;
}

export function removeDir(dir: string): void {
  if (!process.env['BENCH_KEEP']) rmSync(dir, { recursive: true, force: true });
}
