// ESLint: JavaScript's and typescript-eslint's recommended rules (not the type-aware sets: they
// would double the lint phase on two cores, and `astro check` already type-checks everything),
// eslint-plugin-astro's for .astro files, and the project's one structural rule: browser code in
// `client/` folders never imports Node's modules.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser code: each feature's `client/` folder, and the scripts served as they are. */
export const BROWSER_FILES = ['src/**/client/**', 'public/**/*.js'];

const nodeModule = 'runs in the browser: Node modules do not exist there (move the code out of client/, or pass the data in at build time)';

export default defineConfig([
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'bench/node_modules/',
    'bench/.tmp/',
    // Starlight's own site, generated for the benchmark from its defaults.
    'bench/starlight/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build steps, tests, tools and benchmarks run in Node.
    languageOptions: { globals: globals.node },
  },
  {
    files: [...BROWSER_FILES, 'src/**/*.astro'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/features/offline/sw.js'],
    // The build replaces the two placeholders with the precache lists (service-worker-integration.ts).
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly', __CORE__: 'readonly' } },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter, which must be an object pattern.
    files: ['**/*.e2e.ts', 'e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: BROWSER_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: `this file ${nodeModule}.` })),
          patterns: [{ regex: '^node:', message: `this file ${nodeModule}.` }],
        },
      ],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression > Literal[value=/^node:/]', message: `this file ${nodeModule}.` }],
    },
  },
  {
    rules: {
      // `_` marks what a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
]);
