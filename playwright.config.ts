import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tools/browser';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const executablePath = chromiumExecutable();

export default defineConfig({
  // Site-wide checks live in e2e/; a feature's browser tests sit in its folder as *.e2e.ts.
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'src/**/*.e2e.ts'],
  fullyParallel: true,
  // One worker per two cores: a worker's Chromium keeps about two cores busy by itself (renderer,
  // browser process, compositor), so on this 2-core machine one worker ran the suite in 244 s and
  // two in 266 s, each test taking over twice as long beside the other.
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'off',
    // Only the offline test needs the service worker (it allows it); everywhere else it would
    // download its whole precache (121 files) in the background of every test's fresh context.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'phone',
      // A 360 px phone (touch, mobile viewport), drawn at one device pixel per CSS pixel: the tests
      // read layout in CSS pixels, and Pixel 7's 2.625 made Chromium paint seven times the pixels
      // in software on every page of every test.
      use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 }, deviceScaleFactor: 1, defaultBrowserType: 'chromium' },
    },
  ],
  webServer: {
    // Serves the already-built dist/; `npm test` builds first.
    command: `ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
