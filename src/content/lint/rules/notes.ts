/**
 * textlint rule `notes`: an article that names an in-app path, or gives a limit, fee or waiting
 * time, sets the matching standard note in `notes` (menus move between WeChat versions; the app's
 * own prompt decides amounts) instead of repeating the hedge in its text. A figure may carry its
 * own 以……为准 in the same paragraph instead.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReportHandler, TextlintRuleReporter } from '@textlint/types';
import { findPaths } from '../channel-check.ts';
import { FIGURE, HEDGE } from '../house-style.ts';
import { PROSE_BLOCKS, frontmatterOf, plainText } from './prose.ts';

export const notesRule: TextlintRuleReporter = ({ report, RuleError, getSource }) => {
  let notes: unknown[] = [];
  let path: TxtNode | undefined;
  let figure: { node: TxtNode; text: string } | undefined;
  const handlers: TextlintRuleReportHandler = {
    Document(document: TxtParentNode) {
      const value = frontmatterOf(document, getSource)?.data.notes;
      notes = Array.isArray(value) ? value : [];
    },
    Strong(node: TxtParentNode) {
      if (!path && findPaths(`**${plainText(node, { code: true }).toString()}**`).length > 0) path = node;
    },
    'Document:exit'() {
      if (path && !notes.includes('paths')) {
        report(
          path,
          new RuleError(
            'this article names an in-app path: add `paths` to `notes` in the frontmatter (menus move between WeChat versions)',
          ),
        );
      }
      if (figure && !notes.includes('figures')) {
        const found = FIGURE.exec(figure.text)![0];
        const message = `"${found}" is a limit, fee or time: add \`figures\` to \`notes\` in the frontmatter (the app's own prompt decides), or hedge it on its line with 以……为准`;
        report(figure.node, new RuleError(message));
      }
    },
  };
  for (const type of PROSE_BLOCKS) {
    handlers[type] = (node: TxtParentNode) => {
      const text = plainText(node).toString();
      if (!figure && FIGURE.test(text) && !HEDGE.test(text)) figure = { node, text };
    };
  }
  return handlers;
};
