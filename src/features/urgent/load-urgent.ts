/**
 * What the urgent-help page lists besides the phones, per language. The Chinese page offers the four
 * flows for money at risk and the articles they end in; the English section has no flow per
 * emergency, so /en/urgent/ offers every English flow and the urgent English articles instead.
 */
import type { Lang } from '../../i18n/ui';
import { loadArticles } from '../../content/load-articles';
import { articlesById } from '../../content/articles';
import { loadEnArticles } from '../../content/load-en-articles';
import { loadEnFlows, loadFlows } from '../diagnose/load-flows';
import type { Flow } from '../diagnose/flow-schema';
import { urgentEnArticles, urgentFlows } from './urgent';

/** The flows and articles the urgent-help page links to. */
export interface UrgentLists {
  flows: Flow[];
  articles: { id: string; data: { title: string; description: string } }[];
}

const LISTS: Record<Lang, () => Promise<UrgentLists>> = {
  'zh-CN': async () => {
    const { flows, articles: ids } = urgentFlows(await loadFlows());
    return { flows, articles: articlesById(await loadArticles(), ids) };
  },
  en: async () => ({ flows: await loadEnFlows(), articles: urgentEnArticles(await loadEnArticles()) }),
};

/** The urgent-help page's flows and articles in `lang`; throws, failing the build, when one is missing. */
export function loadUrgentLists(lang: Lang): Promise<UrgentLists> {
  return LISTS[lang]();
}
