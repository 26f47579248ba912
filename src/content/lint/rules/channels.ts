/**
 * textlint rule `channels`: every phone number, web address and in-app path an article prints is
 * on the list in `content/channels.json` (options: the allowed values); e-mail addresses never are.
 * Checks the text a reader sees, link targets and the attributes of JSX components (a `<Callout
 * title="…">` is printed too), since a wrong number anywhere sends a reader to scammers.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleReportHandler, TextlintRuleReporter } from '@textlint/types';
import { findHosts, findPaths, findPhoneNumbers, isAllowedPath, isAllowedPhone, type AllowedChannels } from '../channel-check.ts';
import { PROSE_BLOCKS, plainText } from './prose.ts';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const NO_EMAIL = 'e-mail addresses are never printed: scammers promise refunds by e-mail';
/** A JSX element's opening tag, and the literal values of its attributes. */
const OPENING_TAG = /^<[A-Za-z][\w.]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*\/?>/;
const ATTRIBUTE_VALUE = /=(?:"([^"]*)"|'([^']*)')/g;

export const channelsRule: TextlintRuleReporter = ({ report, RuleError, locator, getSource }, options) => {
  const allowed: AllowedChannels = { phones: [], domains: [], paths: [], ...(options as Partial<AllowedChannels> | undefined) };
  /** Reports `found` at its place in `text`, mapped back to the node's source where that is known. */
  const checkText = (node: TxtNode, text: string, toSource: (index: number) => number | undefined = () => undefined) => {
    const problem = (found: string, message: string) => {
      const index = toSource(text.indexOf(found));
      report(node, new RuleError(`"${found}": ${message}`, index === undefined ? {} : { padding: locator.at(index) }));
    };
    for (const number of findPhoneNumbers(text)) {
      if (!isAllowedPhone(number, allowed.phones)) problem(number, 'phone number is not in content/channels.json');
    }
    for (const host of findHosts(text)) {
      if (!allowed.domains.includes(host)) problem(host, 'web address is not in content/channels.json');
    }
    for (const m of text.matchAll(EMAIL)) problem(m[0], NO_EMAIL);
  };
  const handlers: TextlintRuleReportHandler = {
    Link(node: TxtParentNode & { url: string }) {
      const text = plainText(node, { code: true }).toString();
      for (const host of findHosts(node.url)) {
        if (!allowed.domains.includes(host)) report(node, new RuleError(`"${host}": web address is not in content/channels.json`));
      }
      // An address written out is already reported with the text it stands in.
      const mail = /^mailto:(.*)/i.exec(node.url)?.[1];
      if (mail && !text.includes(mail)) report(node, new RuleError(`"${mail}": ${NO_EMAIL}`));
    },
    Strong(node: TxtParentNode) {
      for (const path of findPaths(`**${plainText(node, { code: true }).toString()}**`)) {
        if (!isAllowedPath(path, allowed.paths)) report(node, new RuleError(`"${path}": in-app path is not in content/channels.json`));
      }
    },
    Html(node: TxtNode) {
      const tag = OPENING_TAG.exec(getSource(node));
      for (const m of tag?.[0].matchAll(ATTRIBUTE_VALUE) ?? []) checkText(node, m[1] ?? m[2] ?? '');
    },
  };
  for (const type of PROSE_BLOCKS) {
    handlers[type] = (node: TxtParentNode) => {
      const text = plainText(node, { code: true });
      checkText(node, text.toString(), (i) => (i < 0 ? undefined : text.originalIndexFromIndex(i)));
    };
  }
  return handlers;
};
