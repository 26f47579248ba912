/**
 * The house rules no maintained tool knows: 你 rather than 您, 其他 rather than 其它, link text
 * that names its target, and the figures that need the standard note. Pure functions over plain
 * text, shared by the textlint rules (articles) and `lintProse` (troubleshooter flows).
 */

export interface WordProblem {
  rule: 'tone' | 'wording';
  message: string;
}

/** Link texts that say nothing about where the link goes. */
export const VAGUE_LINK_TEXTS = [
  '点击这里',
  '点这里',
  '这里',
  '此处',
  '点此',
  '点击',
  '链接',
  '这个链接',
  '更多',
  '详情',
  'here',
  'click here',
  'link',
  'more',
];

export const isVagueLinkText = (label: string) => VAGUE_LINK_TEXTS.includes(label.trim().toLowerCase());

/** Removes “…” quotations: quoted app texts keep their own wording (the app says 您). */
export const withoutQuotes = (s: string) => s.replace(/“[^”]*”/g, (q) => '“' + ' '.repeat(q.length - 2) + '”');

/** 您 and 其它 outside quotations, each with its offset in `text`. */
export function wordProblems(text: string): (WordProblem & { index: number })[] {
  const unquoted = withoutQuotes(text);
  const problems: (WordProblem & { index: number })[] = [];
  const you = unquoted.indexOf('您');
  if (you >= 0) problems.push({ index: you, rule: 'tone', message: 'write 你, not 您 (quoted app texts inside “” may keep 您)' });
  const other = unquoted.indexOf('其它');
  if (other >= 0) problems.push({ index: other, rule: 'wording', message: 'write 其他, not 其它' });
  return problems;
}

/** An amount, share, count or duration: what a limit, fee or waiting time is made of. */
export const FIGURE = /\d[\d,.]*\s*(?:万元|万|元|美元|USD|%|％|个工作日|工作日|小时|分钟|天|次)/u;
/** A hedge that names the app's prompt (or the official answer) as what decides. */
export const HEDGE = /以[^，。；]{0,20}为准/u;
