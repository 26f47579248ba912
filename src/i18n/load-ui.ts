/**
 * Browser: the strings of i18n/on-demand/, loaded when browser code first needs them (see client.ts).
 * Only code that itself loads on use imports this, so no page downloads it with its scripts.
 */
import type { Lang } from './ui';
import { translator, type ClientT } from './client';

/** One import per language, so a page downloads only its own language's strings. */
const ON_DEMAND: Record<Lang, () => Promise<{ ui: Record<string, string> }>> = {
  'zh-CN': () => import('./on-demand/zh-CN'),
  en: () => import('./on-demand/en'),
};

/** The language of the page, from <html lang>. */
export function pageLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

/** Browser: the on-demand strings of `lang` (the page's by default). Rejects when the chunk cannot load (offline). */
export async function loadUi(lang: Lang = pageLang()): Promise<ClientT> {
  return translator((await ON_DEMAND[lang]()).ui);
}
