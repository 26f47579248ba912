/**
 * Interface text for browser code, without downloading the whole strings file. Two ways in:
 * - `readUi` (here): strings a custom element needs as soon as it runs, written into its markup at
 *   build time as a `data-ui` attribute (`uiAttr` in zh-CN.ts), e.g. the checklist's progress line.
 * - `loadUi` (load-ui.ts): strings needed only once the reader uses something (the header's search
 *   results, a checklist's reset, print and copy), loaded then as a small chunk per feature and language.
 */
import type { Translate } from './zh-CN';
import { fillTemplate } from '../lib/format';

export type ClientT = Translate;

/** A Translate over `strings`; a missing key (markup and script out of step) returns the key itself rather than throwing. */
export function translator(strings: Record<string, unknown>): ClientT {
  return (key, values) => {
    const text = typeof strings[key] === 'string' ? (strings[key] as string) : key;
    return values ? fillTemplate(text, values) : text;
  };
}

/** Browser: reads `data-ui` from `host`; a malformed attribute falls back to the keys. */
export function readUi(host: Element): ClientT {
  let strings: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(host.getAttribute('data-ui') ?? '{}');
    if (parsed && typeof parsed === 'object') strings = parsed as Record<string, unknown>;
  } catch {
    // Malformed attribute: fall back to the keys.
  }
  return translator(strings);
}
