/**
 * Chromium for the benchmarks (the same binary and flags as the e2e tests, tools/browser.ts), a phone
 * context like the tests' (360 px wide), and a network log that counts requests and their transfer
 * size and can wait until the network has been quiet for a while.
 */
import { chromium, devices, type Browser, type BrowserContext, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tools/browser.ts';

/** Chromium with the tests' flags, plus `extraArgs` (e.g. `--force-effective-connection-type=2G`). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({ args: [...CHROMIUM_ARGS, ...extraArgs], ...(executablePath ? { executablePath } : {}) });
}

/** A fresh phone context: empty cache and storage, so every page is a first visit. */
export function phoneContext(
  browser: Browser,
  { serviceWorkers = 'block' }: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...devices['Pixel 7'], viewport: { width: 360, height: 780 }, locale: 'zh-CN', serviceWorkers });
}

export interface RequestRecord {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, fetch, image, font, other… */
  type: string;
  /** Bytes of the response body as transferred (compressed when the server compressed it). */
  bytes: number;
  fromServiceWorker: boolean;
  failed: boolean;
  /** Order in which the request started, to take only those after a mark. */
  seq: number;
}

/** Every request a context makes, with sizes, and a way to wait for quiet. */
export class NetworkLog {
  readonly records: RequestRecord[] = [];
  #inflight = new Set<Request>();
  #pending: Promise<void>[] = [];
  #lastActivity = performance.now();
  #seq = 0;

  /**
   * `sizeOf` gives the bytes the server sent for a URL's path and query; without it (or when it
   * does not know), the browser's own figure is used, which is missing for some requests.
   */
  constructor(context: BrowserContext, sizeOf?: (pathAndQuery: string) => number | undefined) {
    const started = new Map<Request, number>();
    context.on('request', (request) => {
      this.#inflight.add(request);
      started.set(request, this.#seq++);
      this.#lastActivity = performance.now();
    });
    const done = (request: Request, failed: boolean) => {
      this.#inflight.delete(request);
      this.#lastActivity = performance.now();
      const record: RequestRecord = {
        url: request.url(),
        type: request.resourceType(),
        bytes: 0,
        fromServiceWorker: request.serviceWorker() !== null,
        failed,
        seq: started.get(request) ?? -1,
      };
      this.records.push(record);
      if (failed) return;
      const url = new URL(request.url());
      const known = sizeOf?.(url.pathname + url.search);
      if (known !== undefined) record.bytes = known;
      else {
        this.#pending.push(
          request.sizes().then(
            (s) => void (record.bytes = s.responseBodySize),
            () => undefined,
          ),
        );
      }
    };
    context.on('requestfinished', (r) => done(r, false));
    context.on('requestfailed', (r) => done(r, true));
  }

  /** A mark: requests that start after it have `seq >= mark`. */
  mark(): number {
    return this.#seq;
  }

  /** Resolves once no request has been in flight for `quietMs` (like Playwright's "networkidle"). */
  async idle(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const start = performance.now();
    while (this.#inflight.size > 0 || performance.now() - this.#lastActivity < quietMs) {
      if (performance.now() - start > timeoutMs)
        throw new Error(`network not idle after ${timeoutMs} ms: ${[...this.#inflight].map((r) => r.url()).join(', ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(this.#pending);
  }

  /** Records that finished since `mark` (requests still in flight are not included). */
  since(mark: number): RequestRecord[] {
    return this.records.filter((r) => r.seq >= mark);
  }
}

export function totalBytes(records: readonly RequestRecord[]): number {
  return records.reduce((n, r) => n + r.bytes, 0);
}
