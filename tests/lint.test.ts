/**
 * `npm run lint` refuses what it is there to refuse: each tool, through its Node API with the
 * project's own configuration, on a small planted input next to a good one (so none of these can
 * pass without the rule or setting it proves).
 */
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { lintArticle } from '../src/content/lint/linter';

describe('ESLint', () => {
  const eslint = new ESLint();
  const rulesOf = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

  it('refuses Node modules in browser code (client/ folders), however imported', async () => {
    expect(await rulesOf("import { readFileSync } from 'node:fs';\nreadFileSync('x');\n", 'src/features/search/client/planted.ts')).toEqual(
      ['no-restricted-imports'],
    );
    expect(await rulesOf("import { join } from 'path';\njoin('x');\n", 'src/features/offline/client/planted.ts')).toEqual([
      'no-restricted-imports',
    ]);
    expect(await rulesOf("export const fs = await import('node:fs');\n", 'src/features/checklist/client/planted.ts')).toEqual([
      'no-restricted-syntax',
    ]);
  });
  it('allows them in build code', async () => {
    expect(await rulesOf("import { readFileSync } from 'node:fs';\nreadFileSync('x');\n", 'src/features/search/build/planted.ts')).toEqual(
      [],
    );
  });
  it('applies the TypeScript and Astro rules', async () => {
    expect(await rulesOf('export const x: any = 1;\n', 'src/lib/planted.ts')).toEqual(['@typescript-eslint/no-explicit-any']);
    expect(await rulesOf('---\nconst unused = 1;\n---\n<p>hi</p>\n', 'src/components/Planted.astro')).toEqual([
      '@typescript-eslint/no-unused-vars',
    ]);
  });
});

describe('Prettier', () => {
  const isFormatted = async (code: string, filepath: string) =>
    prettier.check(code, { ...(await prettier.resolveConfig(filepath)), filepath });

  it('refuses an unformatted file and accepts it formatted, in the code style the project has', async () => {
    expect(await isFormatted('const a = {b:1}\n', 'src/lib/planted.ts')).toBe(false);
    expect(await isFormatted("const a = { b: 'c' };\n", 'src/lib/planted.ts')).toBe(true);
    expect(await isFormatted('---\nconst a = 1\n---\n<p   class="x">{a}</p>\n', 'src/components/Planted.astro')).toBe(false);
  });
  it('leaves articles to textlint', async () => {
    const info = await prettier.getFileInfo('content/articles/tips/planted.mdx', { ignorePath: '.prettierignore' });
    expect(info.ignored).toBe(true);
  });
});

describe('textlint', () => {
  it('refuses 您 in an article, and takes 你', async () => {
    const article = (word: string) =>
      `---\ntitle: 测试标题\ndescription: 一段足够长的描述文字，用来通过检查。\nupdated: 2026-11-27\nrelated: [a/b]\n---\n请${word}稍后再试。\n`;
    expect((await lintArticle('content/articles/tips/planted.mdx', article('您'))).map((p) => p.rule)).toEqual(['tone']);
    expect(await lintArticle('content/articles/tips/planted.mdx', article('你'))).toEqual([]);
  });
});
