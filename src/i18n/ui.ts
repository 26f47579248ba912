/**
 * The site's two languages and the interface text of each. The Chinese pages live at the root, the
 * English ones under /en/: a page's address decides its language, and `localPath` is the one rule
 * that turns a site path into its place in a language. Pages and components pick their strings
 * with `uiFor(lang)`; zh-CN.ts and en.ts hold the same keys.
 */
import { ui as zhCN, type Translate, type UiKey } from './zh-CN.ts';
import { ui as en } from './en.ts';
import { fillTemplate } from '../lib/format.ts';

/** Language tags as <html lang> and hreflang write them; the first is the default (x-default). */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STRINGS: Record<Lang, Readonly<Record<UiKey, string>>> = { 'zh-CN': zhCN, en };

/** What differs per language besides the strings. */
export const LANGUAGE = {
  'zh-CN': { prefix: '', ogLocale: 'zh_CN' },
  en: { prefix: '/en', ogLocale: 'en_GB' },
} as const satisfies Record<Lang, { prefix: string; ogLocale: string }>;

/** `/search/` in `lang`: `/search/` for Chinese, `/en/search/` for English. */
export function localPath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localPath: "${path}" must start with /`);
  return `${LANGUAGE[lang].prefix}${path}`;
}

/** The language of a page from its address (for components that get no props, such as MDX ones). */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** The other language: the one a language link points to. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

export interface Strings {
  lang: Lang;
  /** The text for `key`. */
  t(key: UiKey): string;
  /** The text for `key` with each `{name}` replaced by `values[name]`. */
  tf(key: UiKey, values: Record<string, string | number>): string;
  /** `t` and `tf` in one, for code shared by build and browser. */
  translate: Translate;
  /** The JSON for a custom element's `data-ui` attribute (see client.ts). */
  uiAttr(keys: readonly UiKey[]): string;
}

const cache = new Map<Lang, Strings>();

/** The interface text of one language. */
export function uiFor(lang: Lang): Strings {
  let strings = cache.get(lang);
  if (!strings) {
    const table = STRINGS[lang];
    if (!table) throw new Error(`uiFor: no strings for language "${String(lang)}". Languages: ${LANGS.join(', ')}`);
    const t = (key: UiKey) => table[key];
    const tf = (key: UiKey, values: Record<string, string | number>) => fillTemplate(table[key], values);
    strings = {
      lang,
      t,
      tf,
      translate: (key, values) => (values ? tf(key, values) : t(key)),
      uiAttr: (keys) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, table[k]]))),
    };
    cache.set(lang, strings);
  }
  return strings;
}

/** The keys of each language's strings, for the test that they match. */
export function keysOf(lang: Lang): string[] {
  return Object.keys(STRINGS[lang]).sort();
}
