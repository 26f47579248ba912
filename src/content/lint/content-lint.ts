/**
 * The Chinese house style, checked: a space between Chinese and Latin letters or digits,
 * full-width punctuation in Chinese sentences, 你 rather than 您, 其他 rather than 其它, link text
 * that names its target, and the frontmatter every article needs. Each problem names file and line.
 */
import { proseLines, splitFrontmatter } from './mdx-text';
import { findPaths } from './channel-check';

export interface LintProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const HAN = '\\p{Script=Han}';
const missingSpace = new RegExp(`(${HAN})([A-Za-z0-9])|([A-Za-z0-9])(${HAN})`, 'u');
// ASCII , . : ; ? ! ( ) touching a Chinese character (a closing ")" after Chinese, an opening "(" before it, …).
const halfWidth = new RegExp(`${HAN}[,.:;?!()]|[,:;?!()]${HAN}|${HAN}\\s+[,:;?!]`, 'u');
const asciiQuotes = new RegExp(`"${HAN}|${HAN}"`, 'u');
/** Link texts that say nothing about where the link goes. */
export const VAGUE_LINK_TEXTS = ['点击这里', '点这里', '这里', '此处', '点此', '点击', '链接', '这个链接', '更多', '详情', 'here', 'click here', 'link', 'more'];
const linkText = /\[([^\]]+)\]\(/g;

/** Removes “…” quotations: quoted app texts keep their own wording (the app says 您). */
const withoutQuotes = (s: string) => s.replace(/“[^”]*”/g, '“”');

export function lintArticle(file: string, source: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (line: number, rule: string, message: string) => problems.push({ file, line, rule, message });
  const parts = splitFrontmatter(source);
  const fm = parts.frontmatter;

  if (!fm.updated) add(1, 'frontmatter', 'field "updated" is missing: say when the facts were last checked');
  if (typeof fm.description !== 'string' || !fm.description.trim()) add(1, 'frontmatter', 'field "description" is missing');
  if (!Array.isArray(fm.related) || fm.related.length === 0) add(1, 'frontmatter', 'field "related" needs at least one article');
  if (typeof fm.title === 'string' && fm.title.includes('数字钱包')) {
    add(1, 'wording', 'title: say 钱包 or 微信钱包 as readers do; 数字钱包 belongs in keywords');
  }

  const texts: { line: number; text: string; raw: string }[] = [
    ...(['title', 'description'] as const)
      .filter((k) => typeof fm[k] === 'string')
      .map((k) => ({ line: 1, text: String(fm[k]), raw: String(fm[k]) })),
    ...proseLines(parts),
  ];
  for (const { line, text, raw } of texts) {
    for (const p of lintProse(text, raw)) add(line, p.rule, p.message);
  }
  const notes = Array.isArray(fm.notes) ? fm.notes : [];
  const body = proseLines(parts);
  const path = body.find((l) => findPaths(l.raw).length > 0);
  if (path && !notes.includes('paths')) {
    add(path.line, 'notes', 'this article names an in-app path: add `paths` to `notes` in the frontmatter (menus move between WeChat versions)');
  }
  const figure = body.find((l) => FIGURE.test(l.text) && !HEDGE.test(l.text));
  if (figure && !notes.includes('figures')) {
    add(figure.line, 'notes', `"${FIGURE.exec(figure.text)![0]}" is a limit, fee or time: add \`figures\` to \`notes\` in the frontmatter (the app's own prompt decides), or hedge it on its line with 以……为准`);
  }
  return problems;
}

/** An amount, share, count or duration: what a limit, fee or waiting time is made of. */
export const FIGURE = /\d[\d,.]*\s*(?:万元|万|元|美元|USD|%|％|个工作日|工作日|小时|分钟|天|次)/u;
/** A hedge that names the app's prompt (or the official answer) as what decides. */
const HEDGE = /以[^，。；]{0,20}为准/u;

/**
 * The house-style rules for one piece of prose (`text`: what the reader sees; `raw`: the source,
 * for link texts). Shared with other content that is not an article, such as troubleshooter flows.
 */
export function lintProse(text: string, raw = text): { rule: string; message: string }[] {
  const problems: { rule: string; message: string }[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const unquoted = withoutQuotes(text);
  const space = missingSpace.exec(text);
  if (space) add('space', `put a space between Chinese and Latin letters or digits: "${space[0]}"`);
  const punct = halfWidth.exec(unquoted);
  if (punct) add('punctuation', `use full-width punctuation in Chinese sentences: "${punct[0]}"`);
  const quote = asciiQuotes.exec(unquoted);
  if (quote) add('punctuation', `use “” for quotations in Chinese: "${quote[0]}"`);
  if (unquoted.includes('您')) add('tone', 'write 你, not 您 (quoted app texts inside “” may keep 您)');
  if (unquoted.includes('其它')) add('wording', 'write 其他, not 其它');
  for (const m of raw.matchAll(linkText)) {
    const label = m[1]!.trim().toLowerCase();
    if (VAGUE_LINK_TEXTS.includes(label)) add('link-text', `link text "${m[1]}" does not say where it goes; name the article or page`);
  }
  return problems;
}

/** The least an article's body holds, in Chinese characters: real help, not a stub. */
export const MIN_BODY_HAN = 700;

/** Chinese characters in an article's prose (frontmatter, code and markup left out). */
export function bodyHanCount(source: string): number {
  return proseLines(splitFrontmatter(source)).reduce((n, l) => n + (l.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
}
