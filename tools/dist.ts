/** Reading the built site in `dist/` for the checks that need no browser. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';

/** Every page the sitemap lists, as a path such as `/activation/bank-card/`. */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = maps.flatMap((map) =>
    [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no pages');
  return paths;
}

/** Every HTML file in dist, as a path relative to it. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** The file a site path is served from, or undefined when there is none. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function htmlOf(path: string): string {
  const file = fileForPath(path);
  if (!file) throw new Error(`No file in dist for ${path}`);
  return readFileSync(file, 'utf8');
}

/** Values of an attribute on all tags of a name, e.g. every `<a href>`. */
export function attrs(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const v = new RegExp(`\\s${attr}="([^"]*)"`, 'i').exec(m[0]);
    if (v) out.push(v[1]!.replace(/&amp;/g, '&'));
  }
  return out;
}

/** Every `id` in a page. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

const documents = new Map<string, Document>();
/**
 * A built page as a DOM (linkedom), for checks that read structure rather than one attribute.
 * Parsed once per test file: several checks read every page. Read it, do not change it.
 */
export function documentOf(path: string): Document {
  let doc = documents.get(path);
  if (!doc) documents.set(path, (doc = parseHTML(htmlOf(path)).document as unknown as Document));
  return doc;
}

/**
 * The text a screen reader would announce for an element, near enough for these checks: its text
 * without `aria-hidden` parts, spaces (no-break ones too) collapsed.
 */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return plainText(label);
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return plainText(copy.textContent ?? '');
}

/** Text with its runs of spaces (no-break ones too) collapsed to one, trimmed: as a name is read. */
export function plainText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The landmark or region (`<section>`, `<aside>`, `<nav>`) a page names `name`, or undefined. */
export function regionNamed(doc: Document, name: string): Element | undefined {
  return [...doc.querySelectorAll('section, aside, nav')].find((el) => {
    const by = el.getAttribute('aria-labelledby');
    const label = by ? doc.getElementById(by) : null;
    return (label ? nameOf(label) : el.getAttribute('aria-label')?.trim()) === name;
  });
}

/** The links inside `el` whose name is exactly `name`. */
export function linksNamed(el: ParentNode, name: string): HTMLAnchorElement[] {
  return [...el.querySelectorAll('a')].filter((a) => nameOf(a) === name) as HTMLAnchorElement[];
}
