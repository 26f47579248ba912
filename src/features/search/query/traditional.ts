/**
 * Traditional → Simplified, character by character, with the table the build derives from
 * OpenCC's data (src/features/search/build/typing-tables.ts). The table holds only characters
 * whose Simplified form the site uses, so character by character is enough: OpenCC's phrase
 * rules matter for text going the other way, or for words the site does not have.
 */

/** Whether a text holds one of the Traditional characters the table converts. */
export function hasTraditional(text: string, traditional: ReadonlySet<string>): boolean {
  for (const ch of text) if (traditional.has(ch)) return true;
  return false;
}

export function toSimplified(text: string, table: ReadonlyMap<string, string>): string {
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
