/**
 * textlint rules `tone` (你, not 您) and `wording` (其他, not 其它; no 数字钱包 in a title) over each
 * block of prose and the title and description; quotations of app texts inside “” are exempt.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReportHandler, TextlintRuleReporter } from '@textlint/types';
import { wordProblems, type WordProblem } from '../house-style.ts';
import { PROSE_BLOCKS, frontmatterOf, plainText } from './prose.ts';

function wordRule(kind: WordProblem['rule']): TextlintRuleReporter {
  return (context) => {
    const { report, RuleError, locator, getSource } = context;
    const check = (node: TxtNode, text: string, toSource: (index: number) => number | undefined) => {
      for (const problem of wordProblems(text)) {
        const index = problem.rule === kind ? toSource(problem.index) : undefined;
        if (index !== undefined) report(node, new RuleError(problem.message, { padding: locator.at(index) }));
      }
    };
    const handlers: TextlintRuleReportHandler = {
      Document(document: TxtParentNode) {
        const fm = frontmatterOf(document, getSource);
        if (!fm) return;
        for (const name of ['title', 'description']) {
          const field = fm.field(name);
          if (field) check(fm.node, field.value, (i) => field.index + (field.exact ? i : 0));
        }
        const title = fm.field('title');
        if (kind === 'wording' && title?.value.includes('数字钱包')) {
          const message = 'title: say 钱包 or 微信钱包 as readers do; 数字钱包 belongs in keywords';
          report(fm.node, new RuleError(message, { padding: locator.at(title.index) }));
        }
      },
    };
    for (const type of PROSE_BLOCKS) {
      handlers[type] = (node: TxtParentNode) => {
        const text = plainText(node);
        check(node, text.toString(), (i) => text.originalIndexFromIndex(i));
      };
    }
    return handlers;
  };
}

export const toneRule = wordRule('tone');
export const wordingRule = wordRule('wording');
