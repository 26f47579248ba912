/**
 * Splits an MDX article into its frontmatter and the prose a reader sees, for the content checks.
 * Not a parser: it removes what is not prose (code, JSX tags, link targets) so that simple
 * patterns can look at the words without tripping over syntax.
 */
import { parse } from 'yaml';

export interface MdxParts {
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based line on which the body starts, to report body line numbers in file terms. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): MdxParts {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: {}, body: source, bodyLine: 1 };
  const data = parse(match[1]!) as unknown;
  const frontmatter = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return { frontmatter, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * The prose of a body line: inline code, JSX/HTML tags and the targets of Markdown links removed
 * (the link text stays). Length is not preserved; use it for matching, not for columns.
 */
export function proseOf(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Lines of the body that are prose, with their line numbers in the file; fenced code is skipped. */
export function proseLines(parts: MdxParts): { line: number; text: string; raw: string }[] {
  const out: { line: number; text: string; raw: string }[] = [];
  let inFence = false;
  parts.body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence || /^\s*(import|export)\s/.test(raw)) return;
    out.push({ line: parts.bodyLine + i, text: proseOf(raw), raw });
  });
  return out;
}
