import { expect, type Page } from '@playwright/test';

/**
 * Resolves once the service worker controls `page` and has finished activating (its old entries
 * removed). A first visit's worker claims the page it was registered from.
 */
export async function underWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** Asks the browser to look for a new worker and resolves once one has taken over `page`. */
export async function updateWorker(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // Controllers change before the new worker's activate handler has run: wait for its end.
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => {
            const worker = navigator.serviceWorker.controller!;
            if (worker.state === 'activated') resolve();
            else worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
          },
          { once: true },
        );
        void navigator.serviceWorker.getRegistration().then((r) => r?.update());
      }),
  );
}
