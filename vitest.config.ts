import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'tools/**/*.test.ts'],
    // The one fixture build (tests/broken-articles.test.ts) runs Astro in a child process.
    testTimeout: 120_000,
  },
});
