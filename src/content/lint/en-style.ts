/**
 * The English house style (GOV.UK's), where a pattern can check it: sentences of at most 30 words,
 * link text that names its target (never "click here", "here" or "more"), and no Latin
 * abbreviations (e.g., i.e., etc.), which many readers, and screen readers, stumble over. For the
 * English articles and troubleshooter flows; the Chinese ones have content-lint.ts.
 */
import { proseLines, splitFrontmatter } from './mdx-text';

/** A problem in an English article or flow, by line. */
export interface LintProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** GOV.UK: "Sentences should be no longer than 25 words"; 30 leaves room for a quoted menu name. */
export const MAX_SENTENCE_WORDS = 30;

/** Link texts that do not say where the link goes, compared lower case without final punctuation. */
export const VAGUE_LINK_TEXTS_EN = [
  'click here',
  'click',
  'here',
  'more',
  'read more',
  'learn more',
  'find out more',
  'more info',
  'more information',
  'this page',
  'this link',
  'link',
  'this',
  'go',
];

/** Latin abbreviations and the plain words that replace them. */
const LATIN: { pattern: RegExp; use: string }[] = [
  { pattern: /\be\.\s?g\b\.?|\beg\b/i, use: '"for example" or "such as"' },
  { pattern: /\bi\.\s?e\b\.?|\bie\b/i, use: '"that is", or rewrite the sentence' },
  { pattern: /\betc\b\.?/i, use: 'a complete list, or "and so on" in words' },
  { pattern: /\bviz\b\.?/i, use: '"namely"' },
  { pattern: /\bn\.\s?b\b\.?/i, use: '"note"' },
];

export interface StyleIssue {
  rule: 'sentence-length' | 'link-text' | 'latin';
  message: string;
}

/**
 * The sentences of a line of prose: split after . ? ! (and the Chinese 。？！ of a quoted message)
 * followed by a space or the end. A list item or heading without a full stop is one sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!…])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words in a sentence: runs of letters or digits, a quoted Chinese message counting as one word per run. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The style problems in one piece of prose: `text` is what the reader sees, `raw` the Markdown
 * source (for link texts). Also for text that is not an article, such as a flow's answers.
 */
export function lintEnglishProse(text: string, raw = text): StyleIssue[] {
  const issues: StyleIssue[] = [];
  // Markdown emphasis and list markers are not words.
  const plain = text
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/^#+\s+/, '');
  for (const sentence of sentencesOf(plain)) {
    const words = wordCount(sentence);
    if (words > MAX_SENTENCE_WORDS) {
      issues.push({
        rule: 'sentence-length',
        message: `sentence of ${words} words (at most ${MAX_SENTENCE_WORDS}): "${sentence.slice(0, 60)}…"; split it`,
      });
    }
  }
  for (const m of raw.matchAll(/\[([^\]]+)\]\(/g)) {
    const label = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[.,:;!?]+$/, '');
    if (VAGUE_LINK_TEXTS_EN.includes(label))
      issues.push({ rule: 'link-text', message: `link text "${m[1]}" does not say where it goes; name the article or page` });
  }
  // Quoted app messages keep their own wording.
  const unquoted = plain.replace(/“[^”]*”|"[^"]*"/g, '“”');
  for (const { pattern, use } of LATIN) {
    const found = pattern.exec(unquoted);
    if (found) issues.push({ rule: 'latin', message: `"${found[0].trim()}" is Latin: use ${use}` });
  }
  return issues;
}

/** The style problems of an English article: its title, description and every line of its body. */
export function lintEnglishArticle(file: string, source: string): LintProblem[] {
  const parts = splitFrontmatter(source);
  const texts = [
    ...(['title', 'description'] as const)
      .filter((k) => typeof parts.frontmatter[k] === 'string')
      .map((k) => ({ line: 1, text: String(parts.frontmatter[k]), raw: String(parts.frontmatter[k]) })),
    ...proseLines(parts),
  ];
  return texts.flatMap(({ line, text, raw }) =>
    lintEnglishProse(text, raw).map((issue) => ({ file, line, rule: issue.rule, message: issue.message })),
  );
}
