/**
 * Interface text for browser code. A custom element's markup carries the few strings it needs in a
 * `data-ui` attribute (written at build time with `uiAttr` from zh-CN.ts), so the browser never
 * downloads the whole strings file. `readUi` gives the element a `t`-like function over them.
 */
import type { Translate } from './zh-CN';
import { fillTemplate } from '../lib/format';

export type ClientT = Translate;

/**
 * Browser: reads `data-ui` from `host`. A key that is missing (markup and script out of step)
 * returns the key itself rather than throwing, so a wording slip never breaks the page.
 */
export function readUi(host: Element): ClientT {
  let strings: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(host.getAttribute('data-ui') ?? '{}');
    if (parsed && typeof parsed === 'object') strings = parsed as Record<string, unknown>;
  } catch {
    // Malformed attribute: fall back to the keys.
  }
  return (key, values) => {
    const text = typeof strings[key] === 'string' ? (strings[key] as string) : key;
    return values ? fillTemplate(text, values) : text;
  };
}
