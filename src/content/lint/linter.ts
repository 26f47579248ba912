/**
 * The article checks, on textlint: its MDX plugin reads each article as a syntax tree (frontmatter,
 * ESM, code and JSX attributes are nodes of their own, not prose), and the rules in `rules/` run
 * over it. Used by `npm run lint:content` (tools/lint-content.ts) and by the tests.
 */
import { readFileSync } from 'node:fs';
import { TextlintKernelDescriptor } from '@textlint/kernel';
import { createLinter } from 'textlint';
import type { TextlintPluginCreator } from '@textlint/types';
import mdxModule from 'textlint-plugin-mdx';
import type { AllowedChannels } from './channel-check.ts';
import { channelsRule } from './rules/channels.ts';
import { frontmatterRule } from './rules/frontmatter.ts';
import { toneRule, wordingRule } from './rules/house-words.ts';
import { linkTextRule } from './rules/link-text.ts';
import { notesRule } from './rules/notes.ts';
import { punctuationRule, spaceRule } from './rules/zh-typography.ts';

// CommonJS compiled from ES modules: Node's import gives the exports object, Vite's its `default`.
const mdx = (mdxModule as { default?: TextlintPluginCreator }).default ?? mdxModule;

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  /** The textlint rule: space, punctuation, tone, wording, link-text, frontmatter, notes, channels. */
  rule: string;
  message: string;
}

/** What `content/channels.json` allows an article to print. */
export function allowedChannels(file = new URL('../../../content/channels.json', import.meta.url)): AllowedChannels {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    phones: { number: string }[];
    domains: { domain: string }[];
    paths: { path: string }[];
  };
  return { phones: raw.phones.map((p) => p.number), domains: raw.domains.map((d) => d.domain), paths: raw.paths.map((p) => p.path) };
}

export function articleLinter(allowed: AllowedChannels = allowedChannels()) {
  const descriptor = new TextlintKernelDescriptor({
    plugins: [{ pluginId: 'mdx', plugin: mdx }],
    rules: [
      { ruleId: 'space', rule: spaceRule },
      { ruleId: 'punctuation', rule: punctuationRule },
      { ruleId: 'tone', rule: toneRule },
      { ruleId: 'wording', rule: wordingRule },
      { ruleId: 'link-text', rule: linkTextRule },
      { ruleId: 'frontmatter', rule: frontmatterRule },
      { ruleId: 'notes', rule: notesRule },
      { ruleId: 'channels', rule: channelsRule, options: allowed },
    ],
    filterRules: [],
  });
  return createLinter({ descriptor });
}

/**
 * The official-channels rule alone, for the English articles (content/en): the Chinese typography
 * and house-word rules do not apply there; their own style checks are in en-style.ts.
 */
export function channelsLinter(allowed: AllowedChannels = allowedChannels()) {
  const descriptor = new TextlintKernelDescriptor({
    plugins: [{ pluginId: 'mdx', plugin: mdx }],
    rules: [{ ruleId: 'channels', rule: channelsRule, options: allowed }],
    filterRules: [],
  });
  return createLinter({ descriptor });
}

let shared: ReturnType<typeof articleLinter> | undefined;

/** Every problem in one article, in the order of the file. */
export async function lintArticle(file: string, source: string, linter = (shared ??= articleLinter())): Promise<LintProblem[]> {
  const result = await linter.lintText(source, file);
  return result.messages
    .map((m) => ({ file, line: m.loc.start.line, column: m.loc.start.column, rule: m.ruleId, message: m.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
