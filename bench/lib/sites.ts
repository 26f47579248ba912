/**
 * How to use each site's own search the way a reader does, in the browser. Each site's figures come
 * from its own code running unchanged: the project's search page and header field (src/scripts/
 * search-*.ts), Starlight's default Pagefind UI. Selectors live only here, so a change to either
 * interface is a change to this file.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { articleIdOfHref } from '../../src/features/search/eval/search-score.ts';

export interface SearchSite {
  name: string;
  /** Why search cannot be measured in this dist folder, or undefined when it can. */
  unavailable(distDir: string): string | undefined;
  /** Article ids in the order the site ranks them for `q` (at most ten). `page` may be reused between calls. */
  rank(page: Page, base: string, q: string): Promise<string[]>;
  /** On a loaded article page: start searching for `q` as a reader would, and wait until results are shown. */
  firstSearch(page: Page, q: string): Promise<void>;
  /**
   * Milliseconds from the search for `q` starting to its results being in the page, measured
   * inside the page. `page` must have been prepared with `prepareLatency`.
   */
  latency?(page: Page, q: string): Promise<number>;
  prepareLatency?(page: Page, base: string): Promise<void>;
}

/** Why a build has no Pagefind search to measure, or undefined when it has one. */
export const notBuiltReason = (distDir: string) =>
  existsSync(join(distDir, 'pagefind', 'pagefind.js')) ? undefined : 'search not built (no pagefind/ in the build)';

/**
 * The project: /search/?q=… lists results in #search-results (the same contract the project's
 * `npm run eval:search` reads), and the header's <search-combobox> shows results while typing.
 */
export const projectSite: SearchSite = {
  name: 'project',
  unavailable(distDir) {
    return (
      notBuiltReason(distDir) ?? (existsSync(join(distDir, 'search', 'index.html')) ? undefined : 'search not built (no /search/ page)')
    );
  },
  async rank(page, base, q) {
    await page.goto(`${base}/search/?${new URLSearchParams({ q })}`);
    // aria-busy is "false" in the static HTML too, so also wait for the status line to report.
    await page.waitForFunction(() => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return (
        document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && status !== '' && !status.includes('正在搜索')
      );
    });
    const hrefs = await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return [...new Set(hrefs.map(articleIdOfHref))].slice(0, 10);
  },
  async firstSearch(page, q) {
    const field = page.locator('search-combobox input[name="q"]').first();
    if ((await field.count()) === 0) throw new Error('project: no <search-combobox> field on the article page; adapt bench/lib/sites.ts');
    await field.click();
    await field.fill(q);
    await page.locator('search-combobox [role="listbox"] [role="option"]').first().waitFor({ state: 'visible' });
  },
  async prepareLatency(page, base) {
    await page.goto(`${base}/activation/bank-card/`);
    await page.locator('search-combobox input[name="q"]').first().focus();
  },
  // The header field's own measure: the combobox marks each search from issue (after the typing
  // pause) to rendered results as performance.measure('help-search').
  async latency(page, q) {
    const before = await page.evaluate(() => performance.getEntriesByName('help-search', 'measure').length);
    await page.locator('search-combobox input[name="q"]').first().fill(q);
    try {
      await page.waitForFunction((n) => performance.getEntriesByName('help-search', 'measure').length > n, before, { timeout: 30_000 });
    } catch {
      throw new Error('project: the header search recorded no performance.measure("help-search"); adapt bench/lib/sites.ts');
    }
    return page.evaluate(() => performance.getEntriesByName('help-search', 'measure').at(-1)!.duration);
  },
};

/** Starlight: a search button opens a dialog with Pagefind's default UI (five results, then "load more"). */
export const starlightSite: SearchSite = {
  name: 'Starlight',
  unavailable: notBuiltReason,
  async rank(page, base, q) {
    if (!page.url().startsWith(base)) await page.goto(`${base}/`);
    const dialog = page.locator('dialog[aria-label]').filter({ has: page.locator('#starlight__search') });
    if (!(await dialog.isVisible())) await page.click('button[data-open-modal]');
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    // Clearing the field removes the previous results, so they cannot be mistaken for these.
    await input.fill('');
    await page.locator('#starlight__search .pagefind-ui__results-area').waitFor({ state: 'detached' });
    await input.fill(q);
    await waitForStarlightResults(page, q);
    const more = page.locator('#starlight__search button.pagefind-ui__button');
    if (await more.isVisible()) {
      const shown = await page.locator('#starlight__search .pagefind-ui__result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#starlight__search .pagefind-ui__result').length > n, shown);
      await waitForStarlightResults(page, q);
    }
    const hrefs = await page
      .locator('#starlight__search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map(articleIdOfHref).slice(0, 10);
  },
  async firstSearch(page, q) {
    await page.click('button[data-open-modal]');
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill(q);
    await waitForStarlightResults(page, q);
  },
};

/**
 * Pagefind's UI shows "searching for <query>" while it searches, then the result count with an
 * ordered list, and fills each result (a loading placeholder until then) as its data arrives.
 */
async function waitForStarlightResults(page: Page, q: string): Promise<void> {
  await page.waitForFunction((query) => {
    const area = document.querySelector('#starlight__search .pagefind-ui__results-area');
    const message = area?.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return !!area?.querySelector('ol.pagefind-ui__results') && message.includes(query) && !area.querySelector('.pagefind-ui__loading');
  }, q);
}
