/**
 * Ids of checklists and of their items. A reader's saved ticks are keyed by these ids, so they must
 * stay the same from one build to the next as long as the item itself is unchanged.
 */
import { fnv1a32 } from '../../lib/hash.ts';

/** Lowercase Latin letters and digits in hyphen-joined words: `lost-phone-now`, `freeze`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id accepted; ids end up in storage keys and element ids, so keep them short. */
export const ID_MAX_LENGTH = 48;

/** The form authors are told to use, for error messages. */
export const ID_RULE = 'lowercase letters a–z, digits and single hyphens, at most 48 characters';

/** Whether `id` may be used as a checklist id or an explicit item id. */
export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/**
 * An explicit item id written at the start of an item: `- [ ] [#freeze] 冻结微信账号`.
 * MDX reads `{…}` as a JavaScript expression, so the Markdown-friendly `[#…]` form is used instead.
 */
const EXPLICIT_ID = /^\s*\[#([^\]]*)\]\s*/;

/**
 * Splits an item's leading `[#id]` from its text. `id` is undefined when the item has none; it is
 * returned as written (possibly invalid) so the caller can report it.
 */
export function splitExplicitId(text: string): { id: string | undefined; rest: string } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { id: undefined, rest: text };
  return { id: match[1], rest: text.slice(match[0].length) };
}

/**
 * The text an item id is derived from: Unicode-normalised (so full- and half-width forms agree),
 * without any whitespace and lowercased, so fixing a space or a letter's case keeps the reader's tick.
 */
export function normalizeItemText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * The default id of an item: `t-` and a 32-bit FNV-1a hash of its normalised text in base 36.
 * A hash rather than a slug because item text is Chinese; it depends on this item's text only, so
 * editing one item resets that item alone. Two items with the same text get the same id, which
 * the build rejects as a duplicate.
 */
export function deriveItemId(text: string): string {
  return `t-${fnv1a32(normalizeItemText(text)).toString(36).padStart(7, '0')}`;
}

/** The HTML id of an item's checkbox; checklist ids are unique site-wide, so this is unique on any page. */
export function itemInputId(checklistId: string, itemId: string): string {
  return `${checklistId}--${itemId}`;
}
