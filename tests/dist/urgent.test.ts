/** The urgent-help page is one link away from every built page, and the offline worker keeps it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { URGENT_HREF } from '../../src/features/urgent/urgent';
import { DIST, attrs, htmlFiles } from '../../tools/dist';

test('every built page links to the urgent page', () => {
  const pages = htmlFiles();
  expect(pages.length).toBeGreaterThan(20);
  expect(pages.filter((file) => !attrs(readFileSync(join(DIST, file), 'utf8'), 'a', 'href').includes(URGENT_HREF))).toEqual([]);
});

test('the offline worker precaches the urgent page', () => {
  expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain(JSON.stringify(URGENT_HREF));
});
