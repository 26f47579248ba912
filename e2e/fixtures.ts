import { test as base, expect } from '@playwright/test';

/**
 * A `test` whose `page` fails the test on any console error or uncaught exception, and on any
 * request that leaves the site's origin. Every e2e test uses it, so these checks need no repeating.
 * It extends the `page` fixture itself rather than adding an automatic one, so that a test that
 * never asks for `page` (one that only reads content, or opens contexts of its own) starts no page:
 * on a 2-core machine a page costs about a second to start and close.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const errors: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // A 404 page logs its own status; that is the page working, not an error.
      const isOwn404 = msg.text().includes('status of 404') && msg.location().url === page.url();
      if (!isOwn404) errors.push(`console: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    // Chromium logs most CSP refusals to the console, but not all (e.g. report-only); listen too.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
      });
    });
    page.on('request', (req) => {
      const url = req.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) errors.push(`request left the origin: ${url}`);
    });
    await use(page);
    expect(errors, 'console errors, uncaught exceptions or outside requests').toEqual([]);
  },
});

export { expect };
