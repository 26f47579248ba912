/** The urgent-help page is one link away from every built page, and the offline worker keeps it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { URGENT_HREF } from '../../src/features/urgent/urgent';
import { DIST, attrs, htmlFiles } from '../../tools/dist';
import { langOfPath, localPath } from '../../src/i18n/ui';

test('every built page links to the urgent page in its language', () => {
  const pages = htmlFiles();
  expect(pages.length).toBeGreaterThan(20);
  const urgentOf = (file: string) => localPath(langOfPath(`/${file}`), URGENT_HREF);
  expect(pages.filter((file) => !attrs(readFileSync(join(DIST, file), 'utf8'), 'a', 'href').includes(urgentOf(file)))).toEqual([]);
});

test('the offline worker precaches the urgent page', () => {
  expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain(JSON.stringify(URGENT_HREF));
});
