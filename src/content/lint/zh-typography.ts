/**
 * Chinese typography, checked by zhlint (the linter written for the Vue.js Chinese docs, after
 * W3C's Requirements for Chinese Text Layout) with only the house rules switched on:
 *
 * - a space between Chinese and Latin letters or digits (also before 年, 月, 天…: “2024 年”);
 * - full-width punctuation in Chinese sentences, parentheses and quotation marks included
 *   (“银行卡（储蓄卡）”, “提示“失败””), left alone in English ones.
 *
 * zhlint's other opinions (spaces outside quotation marks and brackets, half-width parentheses)
 * contradict the house style and stay off. The input is plain text: callers take it from a syntax
 * tree (textlint's, for MDX) so that code, link targets and JSX attributes never reach here.
 */
import { run } from 'zhlint';

export interface TypographyProblem {
  /** Offset in the text of the character or word the problem is at. */
  index: number;
  rule: 'space' | 'punctuation';
  message: string;
}

const RULES = {
  spaceBetweenMixedwidthContent: true,
  // zhlint skips numbers before these units by default; the house style spaces them too.
  skipZhUnits: '',
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  // Quotation marks count as full-width: no space needed outside them.
  adjustedFullwidthPunctuation: '',
  skipPureWestern: true,
};

const silent = { log() {}, warn() {}, error() {} } as unknown as Console;

/** zhlint's messages (Chinese) for the two rules switched on, with ours. */
function problemOf(message: string, found: string): Pick<TypographyProblem, 'rule' | 'message'> | undefined {
  if (message.includes('空格')) return { rule: 'space', message: 'put a space between Chinese and Latin letters or digits' };
  if (message.includes('全角')) {
    return /["']/.test(found)
      ? { rule: 'punctuation', message: 'use “” for quotations in Chinese' }
      : { rule: 'punctuation', message: `use full-width punctuation in Chinese sentences: "${found}"` };
  }
  return undefined;
}

export function typographyProblems(text: string): TypographyProblem[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  // Plain text: no Markdown or Hexo parsing of what the syntax tree already took apart.
  const { validations } = run(text, { rules: RULES, hyperParse: [], logger: silent });
  return validations.flatMap((v) => {
    const found = text.slice(v.index, v.index + Math.max(v.length, 1));
    const problem = problemOf(v.message, found);
    return problem ? [{ index: v.index, ...problem }] : [];
  });
}
