import type { Lang } from '../../i18n/ui';
import { loadCatalog, loadEnCatalog } from '../checklist/load-checklists';
import { EN_FLOWS_DIR, flowContext, readFlows } from './flow-load';
import type { Flow } from './flow-schema';

let cache: Promise<Flow[]> | undefined;

/**
 * The site's flows, read once per build and checked against the checklist catalog. Pages call
 * this; it throws on any problem, which fails the build.
 */
export function loadFlows(): Promise<Flow[]> {
  cache ??= loadCatalog().then((catalog) => readFlows(flowContext(catalog)));
  return cache;
}

let enCache: Promise<Flow[]> | undefined;

/** The English flows (/en/diagnose/), checked against the English articles' catalog; read once per build. */
export function loadEnFlows(): Promise<Flow[]> {
  enCache ??= loadEnCatalog().then((catalog) => readFlows(flowContext(catalog), EN_FLOWS_DIR));
  return enCache;
}

/** The flows of `lang`'s troubleshooter: content/flows for Chinese, content/en/flows for English. */
export function loadFlowsIn(lang: Lang): Promise<Flow[]> {
  return lang === 'en' ? loadEnFlows() : loadFlows();
}
