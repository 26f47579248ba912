/**
 * The build step behind `<Checklist>`: checks what the author wrote and turns the Markdown task list
 * into real, labelled checkboxes with stable item ids. Works on plain hast objects (the HTML tree
 * the Markdown engine hands to plugins), so it is tested without running a build.
 *
 * Authors write:
 *
 *   <Checklist id="lost-phone-now" title="立即要做的事">
 *
 *   - [ ] 借别人的手机冻结微信账号
 *   - [ ] [#call-95017] 拨打 95017 冻结微信支付
 *
 *   </Checklist>
 *
 * and each item becomes
 *
 *   <li class="checklist-item" data-item-id="t-0x1y2z3">
 *     <input type="checkbox" id="lost-phone-now--t-0x1y2z3" class="checklist-input" data-item-id="…">
 *     <span class="checklist-box" aria-hidden="true"></span>   (the printed box)
 *     <label for="lost-phone-now--t-0x1y2z3" class="checklist-label">借别人的手机冻结微信账号</label>
 *   </li>
 */
import type { Element, ElementContent } from 'hast';
import type { MdxJsxAttributeNode, MdxJsxFlowElementHast } from 'satteri';
import { deriveItemId, ID_RULE, isValidId, itemInputId, splitExplicitId } from './checklist-ids.ts';

/** What the build knows about one checklist; the /checklists/ page lists these. */
export interface ChecklistInfo {
  id: string;
  title: string;
  items: { id: string; text: string }[];
}

/** A checklist the build refuses, with every problem found in it. */
export class ChecklistError extends Error {
  readonly where: string;
  readonly problems: string[];
  constructor(where: string, problems: string[]) {
    super(`${where} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ChecklistError';
    this.where = where;
    this.problems = problems;
  }
}

/** Props the author may set; anything else is a typo the build should point out. */
const ALLOWED_ATTRIBUTES = ['id', 'title'];

/** Elements that make an item more than one line (nested lists, several paragraphs…). */
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'div', 'table', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const isElement = (node: ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

const isBlank = (node: ElementContent): boolean => node.type === 'text' && !node.value.trim();

/** The text of a node and its descendants, like DOM `textContent`. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A copy holding only the fields hast defines, so nodes read from the engine can be re-emitted. */
function plain(node: ElementContent): ElementContent {
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type === 'element')
    return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(plain) };
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const { position: _position, ...rest } = node;
    return { ...rest, children: node.children.map(plain) };
  }
  const { position: _position, ...leaf } = node;
  return leaf;
}

function readAttributes(node: Readonly<MdxJsxFlowElementHast>, problems: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push(`spread attributes like {...props} are not supported; write id="…" title="…"`);
      continue;
    }
    if (!ALLOWED_ATTRIBUTES.includes(attr.name)) {
      problems.push(`unknown attribute "${attr.name}"; allowed: ${ALLOWED_ATTRIBUTES.join(', ')}`);
      continue;
    }
    if (typeof attr.value !== 'string') {
      problems.push(`attribute "${attr.name}" must be plain text in quotes, like ${attr.name}="…", not an {expression}`);
      continue;
    }
    values[attr.name] = attr.value;
  }
  return values;
}

/** An item's content without its checkbox, unwrapped from the paragraph a loose list adds. */
function itemContent(li: Element): { checkbox: Element | undefined; content: ElementContent[] } {
  let nodes = li.children.filter((n) => !isBlank(n));
  if (nodes.length === 1 && isElement(nodes[0], 'p')) nodes = nodes[0].children;
  const first = nodes.find((n) => !isBlank(n));
  const checkbox = isElement(first, 'input') && first.properties['type'] === 'checkbox' ? first : undefined;
  const content = checkbox ? nodes.slice(nodes.indexOf(checkbox) + 1) : nodes;
  // Drop the space between the box and the text.
  while (content[0] && isBlank(content[0])) content.shift();
  return { checkbox, content };
}

/** Removes a leading `[#id]` from the item's first text node. Returns false when it is not in one node. */
function stripExplicitId(content: ElementContent[]): boolean {
  const first = content[0];
  if (first?.type !== 'text') return false;
  const split = splitExplicitId(first.value);
  if (split.id === undefined) return false;
  if (split.rest) content[0] = { type: 'text', value: split.rest };
  else content.shift();
  return true;
}

/**
 * Checks one `<Checklist>` element and returns its replacement plus what the site needs to know
 * about it. `where` names the file (and line) in errors. Throws a ChecklistError listing every
 * problem, so one build run shows the author all of them.
 */
export function transformChecklist(
  node: Readonly<MdxJsxFlowElementHast>,
  where: string,
): { node: MdxJsxFlowElementHast; info: ChecklistInfo } {
  const problems: string[] = [];
  const attrs = readAttributes(node, problems);
  const id = attrs['id']?.trim() ?? '';
  const title = attrs['title']?.trim() ?? '';
  if (!id) problems.push(`id is missing: add id="…" (${ID_RULE}), unique on the whole site`);
  else if (!isValidId(id)) problems.push(`id "${id}" is not valid: use ${ID_RULE}`);
  if (!title) problems.push('title is missing: add title="…", the heading readers see and print');

  const blocks = node.children.filter((n) => !isBlank(n));
  const lists = blocks.filter((n) => isElement(n, 'ul'));
  if (lists.length !== 1 || blocks.length !== 1) {
    problems.push(
      lists.length === 0
        ? 'it holds no task list: put the steps inside as "- [ ] step", one per line'
        : 'it must hold exactly one task list ("- [ ] step" lines) and nothing else; put other text before or after the checklist',
    );
  }

  const items: ChecklistInfo['items'] = [];
  const outItems: Element[] = [];
  const seen = new Map<string, string>();
  const listItems = lists.length === 1 ? lists[0]!.children.filter((n) => isElement(n, 'li')) : [];
  if (lists.length === 1 && listItems.length === 0) problems.push('the task list is empty: add at least one "- [ ] step"');

  listItems.forEach((li, index) => {
    const { checkbox, content } = itemContent(li);
    const raw = textOf({ type: 'element', tagName: 'li', properties: {}, children: content });
    const label = `item ${index + 1} "${raw.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    if (!checkbox) {
      problems.push(`${label} is not a task item: start it with "- [ ] "`);
      return;
    }
    if (checkbox.properties['checked'] === true) {
      problems.push(`${label} is ticked in the source ("- [x]"); write "- [ ] " so every reader starts with an empty box`);
    }
    const explicit = splitExplicitId(raw);
    if (explicit.id !== undefined && !stripExplicitId(content)) {
      problems.push(`${label}: write the [#id] at the very start of the item, as plain text`);
    }
    if (explicit.id !== undefined && !isValidId(explicit.id)) {
      problems.push(`${label}: id "[#${explicit.id}]" is not valid: use ${ID_RULE}`);
    }
    const text = explicit.rest.replace(/\s+/g, ' ').trim();
    if (!text) problems.push(`item ${index + 1} has no text`);
    if (content.some((n) => isElement(n) && BLOCK_TAGS.has(n.tagName))) {
      problems.push(`${label} must be a single line: no nested lists or extra paragraphs`);
    }
    const itemId = explicit.id ?? deriveItemId(text);
    const previous = seen.get(itemId);
    if (previous !== undefined) {
      problems.push(
        explicit.id !== undefined
          ? `${label} has the id "${itemId}", already used by "${previous}"`
          : `${label} has the same text as "${previous}"; reword one of them or give one an id with "[#my-id]"`,
      );
    }
    seen.set(itemId, text);
    items.push({ id: itemId, text });
    const inputId = itemInputId(id, itemId);
    outItems.push({
      type: 'element',
      tagName: 'li',
      properties: { className: ['checklist-item'], dataItemId: itemId },
      children: [
        {
          type: 'element',
          tagName: 'input',
          properties: { type: 'checkbox', id: inputId, className: ['checklist-input'], dataItemId: itemId },
          children: [],
        },
        { type: 'element', tagName: 'span', properties: { className: ['checklist-box'], ariaHidden: 'true' }, children: [] },
        {
          type: 'element',
          tagName: 'label',
          properties: { htmlFor: [inputId], className: ['checklist-label'] },
          children: content.map(plain),
        },
      ],
    });
  });

  if (problems.length) throw new ChecklistError(where, problems);

  const attribute = (name: string, value: string): MdxJsxAttributeNode => ({ type: 'mdxJsxAttribute', name, value });
  return {
    node: {
      type: 'mdxJsxFlowElement',
      name: node.name,
      attributes: [attribute('id', id), attribute('title', title), attribute('itemCount', String(items.length))],
      children: [
        // role="list" because Safari drops list semantics from a list styled without bullets.
        { type: 'element', tagName: 'ul', properties: { className: ['checklist-items'], role: 'list' }, children: outItems },
      ],
    },
    info: { id, title, items },
  };
}
