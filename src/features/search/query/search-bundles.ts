/**
 * One Pagefind bundle per language. Pagefind picks the index of a bundle by the page's <html lang>,
 * but a Chinese page that offers English results needs the English index too, and Pagefind 1.6
 * gives a second instance the page's language whatever it is asked (`createInstance` sets
 * `language` from <html lang>). A bundle of its own, whose only index Pagefind falls back to, lets
 * any page load it; and the Chinese bundle stays exactly what it was. Shared by the build and the
 * browser.
 */

/** Where each language's search files are. */
export const SEARCH_BUNDLES = {
  'zh-CN': { bundle: '/pagefind/' },
  en: { bundle: '/en/pagefind/' },
} as const;

export type SearchLang = keyof typeof SEARCH_BUNDLES;

/** The one category of the English articles (they have none of their own). */
export const EN_CATEGORY = 'en';

/** The language whose search a page uses, from its <html lang>. */
export function searchLangOf(htmlLang: string): SearchLang {
  return htmlLang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
