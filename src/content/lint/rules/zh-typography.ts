/**
 * textlint rules `space` and `punctuation`: zhlint's Chinese typography (see ../zh-typography.ts)
 * over each block of prose and the title and description in the frontmatter.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReportHandler, TextlintRuleReporter } from '@textlint/types';
import { typographyProblems, type TypographyProblem } from '../zh-typography.ts';
import { PROSE_BLOCKS, frontmatterOf, plainText } from './prose.ts';

function typographyRule(kind: TypographyProblem['rule']): TextlintRuleReporter {
  return (context) => {
    const { report, RuleError, locator, getSource } = context;
    const check = (node: TxtNode, text: string, toSource: (index: number) => number | undefined) => {
      for (const problem of typographyProblems(text)) {
        const index = problem.rule === kind ? toSource(problem.index) : undefined;
        if (index !== undefined) report(node, new RuleError(problem.message, { padding: locator.at(index) }));
      }
    };
    const handlers: TextlintRuleReportHandler = {
      Document(document: TxtParentNode) {
        const fm = frontmatterOf(document, getSource);
        for (const name of ['title', 'description']) {
          const field = fm?.field(name);
          if (fm && field) check(fm.node, field.value, (i) => field.index + (field.exact ? i : 0));
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

export const spaceRule = typographyRule('space');
export const punctuationRule = typographyRule('punctuation');
