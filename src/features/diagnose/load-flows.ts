import { loadCatalog } from '../checklist/load-checklists';
import { flowContext, readFlows } from './flow-load';
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
