/** Every built page is valid HTML (html-validate, with .htmlvalidate.json), with no duplicate ids. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../../tools/dist';

test('the HTML validates, with no duplicate ids', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  expect(files.length).toBeGreaterThanOrEqual(20);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(DIST, file));
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});
