import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Debian's Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium to run, in order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then the browser
 * Playwright downloaded itself (on a laptop). Throws with instructions when there is none, so a
 * missing browser is one clear line instead of a wall of launch errors.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; handled below.
  }
  if (bundled && existsSync(bundled)) return undefined; // let Playwright use its own
  throw new Error(
    'No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
