/**
 * A checklist's progress line (还没开始 / 已完成 3/7 / 全部完成), shown by the article's checklist and
 * the /checklists/ page as soon as their scripts run. Apart from checklist-summary.ts, which only the
 * copy action needs, so that pages do not download it with their scripts.
 */
import type { Translate } from '../../i18n/zh-CN';

/**
 * The strings `formatProgress` uses: a page's script needs them as soon as it runs, so they travel in
 * the element's `data-ui`. The summary's strings are loaded with the copy action (i18n/on-demand/).
 */
export const PROGRESS_UI_KEYS = ['checklist.progressNone', 'checklist.progressAll', 'checklist.progress'] as const;

/** The progress line: 还没开始 / 已完成 3/7 / 全部完成. */
export function formatProgress(done: number, total: number, t: Translate): string {
  if (done === 0) return t('checklist.progressNone', { total });
  if (done >= total) return t('checklist.progressAll', { total });
  return t('checklist.progress', { done, total });
}
