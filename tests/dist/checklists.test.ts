/**
 * /checklists/ as built: every article with a checklist in the site's order, every checklist, each
 * linking to its place in the article (an id the article has). The browser tests
 * (src/features/checklist/checklist.e2e.ts) tick, print and copy them.
 */
import { expect, test } from 'vitest';
import { articles, checklists } from '../../tools/content';
import { tf, ui } from '../../src/i18n/zh-CN';
import { documentOf, linksNamed, nameOf } from '../../tools/dist';

test('/checklists/ lists every checklist, grouped by article, linking to it', () => {
  const doc = documentOf('/checklists/');
  expect(nameOf(doc.querySelector('h1')!)).toBe(ui['checklists.title']);
  const withLists = articles().filter((a) => a.checklists.length > 0);
  // The article headings; the print dialog's heading (closed until asked for) is not one of them.
  const headings = [...doc.querySelectorAll('help-checklist-index h2')].filter((h) => !h.closest('dialog'));
  expect(headings.map(nameOf)).toEqual(withLists.map((a) => a.data.title));
  expect(headings.map((h) => h.querySelector('a')?.getAttribute('href'))).toEqual(withLists.map((a) => a.href));
  expect(doc.querySelectorAll('[data-checklist-id]').length).toBe(checklists().length);
  for (const { article, list } of checklists()) {
    const links = linksNamed(doc, tf('checklists.open', { title: list.title })).map((a) => a.getAttribute('href'));
    expect(links, list.id).toContain(`${article.href}#${list.id}`);
    expect(documentOf(article.href).getElementById(list.id), `${article.href}#${list.id}`).not.toBeNull();
  }
});
