import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The fixture builds run Astro in a child process and take a few seconds each.
    testTimeout: 120_000,
  },
});
