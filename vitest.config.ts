import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'tools/**/*.test.ts'],
    // The checks over the built site run after the build, with their own config (vitest.dist.config.ts).
    exclude: ['tests/dist/**', '**/node_modules/**'],
    // Generous: the tests take milliseconds, but CI machines are shared with other builds.
    testTimeout: 60_000,
    // Threads sharing one module graph: a third of the CPU time of isolated forks (the run is
    // mostly importing). It holds because no test mocks modules, stubs globals or keeps state in
    // a module another test reads; a test that must should go in a project of its own.
    pool: 'threads',
    isolate: false,
  },
});
