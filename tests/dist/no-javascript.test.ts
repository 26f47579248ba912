/**
 * What a reader without JavaScript gets, read from the built HTML: everything that needs a script
 * is hidden in the markup itself (the scripts show it), and what works without one is plain HTML
 * (a form, checkboxes with labels, links). Browsers do the rest by themselves: a GET form submits,
 * a labelled checkbox ticks, a link opens. The browser tests run with JavaScript on.
 */
import { expect, test } from 'vitest';
import { categories, checklists, flows } from '../../tools/content';
import { tf, ui } from '../../src/i18n/zh-CN';
import { flowHref } from '../../src/features/diagnose/flow-pages';
import { documentOf, sitemapPaths } from '../../tools/dist';

test('the header form sends the query to /search/, which explains itself and lists every category', () => {
  const form = documentOf(`/${categories.at(-1)!.id}/`).querySelector('header form[role="search"]')!;
  expect([form.getAttribute('action'), form.getAttribute('method')]).toEqual(['/search/', 'get']);
  expect(form.querySelector('input[type="search"][name="q"]')).not.toBeNull();

  const main = documentOf('/search/').querySelector('main')!;
  const noscript = main.querySelector('noscript');
  expect(noscript?.textContent).toContain(ui['search.noscript']);
  const links = [...(noscript?.querySelectorAll('a') ?? [])].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
  expect(links).toEqual(categories.map((c) => [c.name, `/${c.id}/`]));
  // Nothing that only works with a script is shown, and no result pretends to be there.
  for (const part of ['[data-filters]', '[data-instead]', '[data-urgent]', '[data-more]', '[data-empty]'])
    expect(main.querySelector(part)?.hasAttribute('hidden'), part).toBe(true);
  expect(main.querySelectorAll('#search-results > li')).toHaveLength(0);
});

test('a checklist is labelled checkboxes with its count; its buttons stay hidden', () => {
  const { article, list } = checklists()[0]!;
  const el = documentOf(article.href).getElementById(list.id)!;
  const boxes = [...el.querySelectorAll('input')];
  expect(boxes.map((b) => b.getAttribute('type'))).toEqual(list.items.map(() => 'checkbox'));
  for (const box of boxes) expect(el.querySelector(`label[for="${box.id}"]`), box.id).not.toBeNull();
  expect(el.querySelector('[data-progress]')?.textContent?.trim()).toBe(tf('checklist.count', { total: list.items.length }));
  expect(el.querySelector('noscript')?.textContent).toContain(ui['checklist.noJsNote']);
  expect(el.querySelector('[data-actions]')?.hasAttribute('hidden')).toBe(true);
  for (const button of el.querySelectorAll('button')) expect(button.closest('[hidden]'), button.textContent ?? '').not.toBeNull();
  const index = documentOf('/checklists/');
  expect(index.querySelector('[data-actions]')?.hasAttribute('hidden')).toBe(true);
});

test('the troubleshooter runs no script of its own: its steps are plain links', () => {
  const diagnose = sitemapPaths().filter((p) => p.startsWith('/diagnose/') || p.startsWith('/en/diagnose/'));
  expect(diagnose).toContain(flowHref(flows()[0]!.id));
  // Every page's own scripts: the site's one script, and on articles the checklist's.
  const sitewide = new Set([...documentOf('/').querySelectorAll('script[src]')].map((s) => s.getAttribute('src')));
  for (const path of diagnose) {
    const scripts = [...documentOf(path).querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(
      scripts.filter((s) => !sitewide.has(s)),
      path,
    ).toEqual([]);
  }
  // A step's answers are links (every end reached through them: flows.test.ts).
  const first = documentOf(flowHref(flows()[0]!.id));
  expect(first.querySelectorAll('[data-answers] a[href]').length).toBeGreaterThan(1);
  expect(first.querySelectorAll('[data-answers] button')).toHaveLength(0);
});
