/**
 * `npm run lint:content`: the house style and official channels over every Chinese article
 * (content/articles), with textlint and the project's rules (src/content/lint/linter.ts). Prints
 * each problem as `file:line:column  [rule] message` and exits 1 if there is any. The English
 * section (content/en) follows GOV.UK style, which these rules do not describe.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintArticle } from '../src/content/lint/linter.ts';

const ROOT = 'content/articles';
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
  .map((f) => join(ROOT, f))
  .sort();

const problems = (await Promise.all(files.map((f) => lintArticle(f, readFileSync(f, 'utf8'))))).flat();
for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}  [${p.rule}] ${p.message}`);
console.log(`${files.length} articles, ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
process.exit(problems.length > 0 ? 1 : 0);
