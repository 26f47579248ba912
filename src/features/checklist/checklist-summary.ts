/**
 * The plain-text summary behind 复制给帮你的人: what a reader pastes into a chat or reads out to
 * customer service. It holds the checklist's title, each step marked done or not, and where the list
 * comes from. Nothing about the reader: no names, numbers, dates or device details.
 */
import type { Translate } from '../../i18n/zh-CN';

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
