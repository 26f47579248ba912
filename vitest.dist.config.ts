import { defineConfig } from 'vitest/config';

/**
 * The checks over the built site that need no browser (tests/dist/): `npm run test:dist`, after
 * `npm run build` and before the browser tests.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    // html-validate over every page takes a few seconds of CPU; minutes on a machine shared with other builds.
    testTimeout: 300_000,
  },
});
