/**
 * What loading a page costs in a real browser, without any interaction: each page opened in a fresh
 * phone context (empty cache) and left alone until the network has been quiet for half a second.
 * Service workers are blocked for this, so the figure is the page's own; what a service worker then
 * downloads in the background is measured separately.
 */
import type { Browser } from '@playwright/test';
import { NetworkLog, phoneContext, totalBytes } from './browser.ts';
import type { DistServer } from '../../tools/static-server.ts';

export interface PageLoad {
  path: string;
  requests: number;
  /** Bytes transferred (compressed as served). */
  bytes: number;
  /** Bytes per resource type (document, stylesheet, script, fetch, image, other…). */
  byType: Record<string, number>;
}

export async function measurePageLoad(browser: Browser, server: DistServer, path: string): Promise<PageLoad> {
  const context = await phoneContext(browser);
  try {
    const net = new NetworkLog(context, server.sizeOf);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await net.idle(500);
    const byType: Record<string, number> = {};
    for (const r of net.records) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
    return { path, requests: net.records.length, bytes: totalBytes(net.records), byType };
  } finally {
    await context.close();
  }
}

/**
 * After a first visit to `path` with service workers allowed: the requests the service worker makes
 * by itself (precaching) until the network is quiet for two seconds. Zero for a site without one.
 */
export async function measureServiceWorker(
  browser: Browser,
  server: DistServer,
  path: string,
): Promise<{ requests: number; bytes: number }> {
  const context = await phoneContext(browser, { serviceWorkers: 'allow' });
  try {
    const net = new NetworkLog(context, server.sizeOf);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('load');
    await net.idle(2000, 120_000);
    const fromWorker = net.records.filter((r) => r.fromServiceWorker);
    return { requests: fromWorker.length, bytes: totalBytes(fromWorker) };
  } finally {
    await context.close();
  }
}
