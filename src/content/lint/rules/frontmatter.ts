/**
 * textlint rule `frontmatter`: the fields every article needs before the schema even looks at it,
 * with a message that says what to write. (The collection's schema checks the rest at build time.)
 */
import type { TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReporter } from '@textlint/types';
import { frontmatterOf } from './prose.ts';

export const frontmatterRule: TextlintRuleReporter = ({ report, RuleError, getSource }) => ({
  Document(document: TxtParentNode) {
    const fm = frontmatterOf(document, getSource);
    const at = fm?.node ?? document;
    const data = fm?.data ?? {};
    if (!data.updated) report(at, new RuleError('field "updated" is missing: say when the facts were last checked'));
    if (typeof data.description !== 'string' || !data.description.trim()) report(at, new RuleError('field "description" is missing'));
    if (!Array.isArray(data.related) || data.related.length === 0) report(at, new RuleError('field "related" needs at least one article'));
  },
});
