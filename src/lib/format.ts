import type { Lang } from '../i18n/ui.ts';

/** A date as Chinese readers write it: 2026 年 11 月 27 日 (with the spaces our style asks for). */
export function formatDateZh(date: Date): string {
  return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as GOV.UK writes it: 2 December 2026 (no ordinal, no leading zero). */
export function formatDateEn(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A date as readers of `lang` write it: formatDateZh or formatDateEn. */
export function formatDate(lang: Lang, date: Date): string {
  return lang === 'en' ? formatDateEn(date) : formatDateZh(date);
}

/** The same date as an ISO day, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Fills the {placeholders} of an interface string (src/i18n/zh-CN.ts) with values, as plain text. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
