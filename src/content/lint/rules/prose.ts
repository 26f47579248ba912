/**
 * What the textlint rules share: the blocks of prose in textlint's syntax tree of an MDX article
 * (paragraphs, headings, table cells; code blocks, ESM and JSX attributes are other node types and
 * never reach a rule), their plain text with a map back to the source, and the frontmatter.
 */
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import { StringSource } from 'textlint-util-to-string';
import { parse } from 'yaml';

/** Node types whose text a reader sees as one run of prose. */
export const PROSE_BLOCKS = ['Paragraph', 'Header', 'TableCell'] as const;

/** Plain text of a block; inline code is left out unless asked for (it is not prose). */
export function plainText(node: TxtParentNode, { code = false } = {}): StringSource {
  // StringSource's node type wants mutable children; it only reads them.
  return new StringSource(node as unknown as ConstructorParameters<typeof StringSource>[0], {
    replacer: ({ node: child, emptyValue }) => (!code && (child.type === 'Code' || child.type === 'Html') ? emptyValue() : undefined),
  });
}

export interface FrontmatterField {
  value: string;
  /** Offset of the value in the Yaml node's source. */
  index: number;
  /** Whether the source holds the value as it is (unquoted), so offsets inside it map one to one. */
  exact: boolean;
}

export interface Frontmatter {
  node: TxtNode;
  data: Record<string, unknown>;
  /** Where a string field's value starts in the node's source, for reports on that line. */
  field(name: string): FrontmatterField | undefined;
}

/** The article's frontmatter, parsed, or undefined when it has none. */
export function frontmatterOf(document: TxtParentNode, source: (node: TxtNode) => string): Frontmatter | undefined {
  const node = document.children.find((c) => (c.type as string) === 'Yaml');
  if (!node) return undefined;
  const raw = source(node);
  const parsed = parse(String((node as TxtNode & { value: string }).value)) as unknown;
  const data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  return {
    node,
    data,
    field(name) {
      const value = data[name];
      if (typeof value !== 'string') return undefined;
      const line = new RegExp(`^${name}:[ \\t]*`, 'm').exec(raw);
      if (!line) return undefined;
      const start = line.index + line[0].length;
      return { value, index: start, exact: raw.startsWith(value, start) };
    },
  };
}
