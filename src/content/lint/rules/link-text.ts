/** textlint rule `link-text`: a link's text names where it goes (never 点击这里 or “here”). */
import type { TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReporter } from '@textlint/types';
import { isVagueLinkText } from '../house-style.ts';
import { plainText } from './prose.ts';

export const linkTextRule: TextlintRuleReporter = ({ report, RuleError }) => ({
  Link(node: TxtParentNode) {
    const label = plainText(node, { code: true }).toString();
    if (isVagueLinkText(label)) report(node, new RuleError(`link text "${label}" does not say where it goes; name the article or page`));
  },
});
