/**
 * The plain-text summary behind 复制给帮你的人: what a reader pastes into a chat or reads out to
 * customer service. It holds the checklist's title, each step marked done or not, and where the list
 * comes from. Nothing about the reader: no names, numbers, dates or device details.
 */
import type { Translate } from '../../i18n/zh-CN';

/** The strings these functions use; a browser script passes them in its element's `data-ui`. */
export const SUMMARY_UI_KEYS = [
  'site.name',
  'checklist.summaryHeading',
  'checklist.summaryDone',
  'checklist.summaryTodo',
  'checklist.source',
  'checklist.sourceSite',
  'checklist.progressNone',
  'checklist.progressAll',
  'checklist.progress',
] as const;

export interface SummaryInput {
  /** The checklist's title. */
  title: string;
  /** Every item in the order of the list. */
  items: { text: string; done: boolean }[];
  /** The article's title, when the list belongs to one. */
  articleTitle?: string | undefined;
  /** The article's address. */
  url: string;
}

/** The summary as lines joined with newlines; numbered so a helper can say “第 4 步”. */
export function formatSummary({ title, items, articleTitle, url }: SummaryInput, t: Translate): string {
  const done = items.filter((item) => item.done).length;
  const lines = [t('checklist.summaryHeading', { title, done, total: items.length })];
  items.forEach((item, i) => {
    lines.push(`${i + 1}. ${t(item.done ? 'checklist.summaryDone' : 'checklist.summaryTodo')}${item.text}`);
  });
  lines.push('');
  const site = t('site.name');
  lines.push(articleTitle ? t('checklist.source', { site, article: articleTitle }) : t('checklist.sourceSite', { site }));
  lines.push(url);
  return lines.join('\n');
}

/** The progress line: 还没开始 / 已完成 3/7 / 全部完成. */
export function formatProgress(done: number, total: number, t: Translate): string {
  if (done === 0) return t('checklist.progressNone', { total });
  if (done >= total) return t('checklist.progressAll', { total });
  return t('checklist.progress', { done, total });
}
