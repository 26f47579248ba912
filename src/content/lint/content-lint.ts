/**
 * The Chinese house style for prose outside articles (troubleshooter flows) and the length an
 * article needs. Articles themselves are checked by textlint (`linter.ts`, `npm run lint:content`)
 * with the same rules: zhlint's typography (zh-typography.ts) and the house rules (house-style.ts).
 */
import { isVagueLinkText, wordProblems } from './house-style.ts';
import { proseLines, splitFrontmatter } from './mdx-text.ts';
import { typographyProblems } from './zh-typography.ts';

/**
 * The house-style rules for one piece of prose (`text`: what the reader sees; `raw`: the source,
 * for Markdown link texts).
 */
export function lintProse(text: string, raw = text): { rule: string; message: string }[] {
  const problems: { rule: string; message: string }[] = [
    ...typographyProblems(text).map(({ rule, message }) => ({ rule, message })),
    ...wordProblems(text).map(({ rule, message }) => ({ rule, message })),
  ];
  for (const m of raw.matchAll(/\[([^\]]+)\]\(/g)) {
    if (isVagueLinkText(m[1]!))
      problems.push({ rule: 'link-text', message: `link text "${m[1]}" does not say where it goes; name the article or page` });
  }
  return problems;
}

/** The least an article's body holds, in Chinese characters: real help, not a stub. */
export const MIN_BODY_HAN = 700;

/** Chinese characters in an article's prose (frontmatter, code and markup left out). */
export function bodyHanCount(source: string): number {
  return proseLines(splitFrontmatter(source)).reduce((n, l) => n + (l.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
}
