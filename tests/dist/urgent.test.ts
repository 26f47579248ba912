/**
 * The urgent-help page is one link away from every built page, holds every urgent number, flow and
 * article without any script, and the offline worker keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { URGENT_FLOWS, URGENT_HREF, urgentPhones } from '../../src/features/urgent/urgent';
import { flowHref } from '../../src/features/diagnose/flow-pages';
import { channels } from '../../src/content/channels';
import { DIST, attrs, documentOf, htmlFiles } from '../../tools/dist';
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

test('the urgent page shows every urgent number, the four urgent flows and their articles, without scripts', () => {
  const doc = documentOf(URGENT_HREF);
  for (const { number } of urgentPhones(channels.phones)) expect(doc.querySelector(`main a[href="tel:${number}"]`), number).not.toBeNull();
  expect([...doc.querySelectorAll('[data-flows] a')].map((a) => a.getAttribute('href'))).toEqual(URGENT_FLOWS.map((id) => flowHref(id)));
  expect(doc.querySelectorAll('main a[href^="/"]').length).toBeGreaterThan(8);
});
