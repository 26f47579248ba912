import { test, expect } from '../../../e2e/fixtures';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../tools/browser';
import { ui } from '../../i18n/zh-CN';
import { underWorker } from './e2e-helpers';

// A reader who saves data: Chromium reports a 2G connection to pages and workers alike (a browser
// of its own, hence a file of its own).
const executablePath = chromiumExecutable();
test.beforeEach(() => test.slow());
test.use({
  serviceWorkers: 'allow',
  launchOptions: { args: [...CHROMIUM_ARGS, '--force-effective-connection-type=2G'], ...(executablePath ? { executablePath } : {}) },
});

test('a reader who saves data gets nothing in the background, keeps what they opened and is told why', async ({ page, context }) => {
  const requested = new Set<string>();
  context.on('request', (r) => requested.add(new URL(r.url()).pathname));
  await page.goto('/');
  const home = await page.getByRole('heading', { level: 1 }).textContent();
  await underWorker(page);
  await page.goto('/fraud/common-scams/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('识别常见支付骗局');
  expect(requested).not.toContain('/account/');
  expect([...requested].filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

  await context.setOffline(true);
  await page.goto('/fraud/common-scams/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('识别常见支付骗局');
  // The first page, opened before the worker existed, is kept too.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(home!);
  await page.goto('/account/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['offline.title']);
  await expect(page.getByText(ui['offline.saveData'])).toBeVisible();
});
