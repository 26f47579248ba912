/**
 * Every end of every troubleshooter flow can be reached from the flow's first page by following
 * its answer links in the built HTML: plain `<a href>`s, which a keyboard reaches with Tab and opens
 * with Enter without any script. The browser tests walk one path per urgent flow by keyboard; this
 * covers every path of every flow in milliseconds. Then what the overview, the articles and the
 * results say about flows, read from the same pages.
 */
import { expect, test } from 'vitest';
import { article, articles, checklists, flows } from '../../tools/content';
import { channels } from '../../src/content/channels';
import { tf, ui } from '../../src/i18n/zh-CN';
import { endHref, fill, flowHref, flowsCovering } from '../../src/features/diagnose/flow-pages';
import { documentOf, linksNamed, nameOf, plainText, regionNamed } from '../../tools/dist';

const ALL = flows();
/** Every end of every flow, with its flow and id. */
const ENDS = ALL.flatMap((flow) => Object.entries(flow.ends).map(([id, end]) => ({ flow, id, end })));

/** The answer links of a flow page: the anchors inside its `data-answers` list. */
function answerLinks(path: string): string[] {
  const answers = [...documentOf(path).querySelectorAll('[data-answers] a')];
  // An answer that a keyboard could not reach would carry tabindex="-1" or no href.
  expect(
    answers.filter((a) => a.getAttribute('tabindex') === '-1'),
    path,
  ).toEqual([]);
  return answers.flatMap((a) => a.getAttribute('href') ?? []);
}

for (const flow of ALL) {
  test(`every end of the ${flow.id} flow is reached by its answer links`, () => {
    const start = flowHref(flow.id);
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const href of answerLinks(queue.shift()!)) {
        if (seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    const ends = Object.keys(flow.ends).map((end) => endHref(flow.id, end));
    expect(ends.filter((href) => !seen.has(href))).toEqual([]);
  });
}

test('the overview lists every flow; articles a flow ends at link to it, others do not', () => {
  const overview = documentOf('/diagnose/');
  expect(nameOf(overview.querySelector('h1')!)).toBe(ui['diagnose.title']);
  expect([...overview.querySelectorAll('[data-flows] a')].map((a) => a.getAttribute('href'))).toEqual(ALL.map((f) => flowHref(f.id)));
  // Every article a flow ends at links every flow that ends there, in order.
  const covered = [...new Set(ALL.flatMap((f) => Object.values(f.ends).flatMap((e) => (e.article ? [e.article] : []))))];
  for (const id of covered) {
    const box = regionNamed(documentOf(article(id).href), ui['diagnose.articleTitle']);
    expect(
      [...(box?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
      id,
    ).toEqual(flowsCovering(ALL, id).map((f) => flowHref(f.id)));
  }
  const uncovered = articles().filter((a) => flowsCovering(ALL, a.id).length === 0);
  expect(uncovered.length).toBeGreaterThan(0);
  for (const a of uncovered) expect(regionNamed(documentOf(a.href), ui['diagnose.articleTitle']), a.id).toBeUndefined();
});

test('a result that names a checklist links its article and the checklist itself', () => {
  const withList = ENDS.filter((e) => e.end.checklist);
  expect(withList.length).toBeGreaterThan(0);
  for (const { flow, id, end } of withList) {
    const target = article(end.article!);
    const list = checklists().find((c) => c.article.id === target.id && c.list.id === end.checklist)!.list;
    const next = regionNamed(documentOf(endHref(flow.id, id)), ui['diagnose.readArticle'])!;
    expect(linksNamed(next, target.data.title).map((a) => a.getAttribute('href'))).toEqual([target.href]);
    expect(nameOf(next)).toContain(fill(ui['diagnose.checklistNote'], { title: list.title }));
    expect(linksNamed(next, fill(ui['diagnose.openChecklist'], { title: list.title })).map((a) => a.getAttribute('href'))).toEqual([
      `${target.href}#${list.id}`,
    ]);
  }
});

test('a result that needs the official channel offers a call or the official site', () => {
  const byPhone = ENDS.filter((e) => channels.phones.some((p) => p.number === e.end.channel));
  const bySite = ENDS.filter((e) => channels.domains.some((d) => d.domain === e.end.channel));
  expect(byPhone.length && bySite.length).toBeTruthy();
  for (const { flow, id, end } of byPhone) {
    const phone = channels.phones.find((p) => p.number === end.channel)!;
    const channel = regionNamed(documentOf(endHref(flow.id, id)), ui['diagnose.channelTitle'])!;
    const call = linksNamed(channel, plainText(tf('diagnose.call', { name: phone.name, number: phone.number })));
    expect(
      call.map((a) => a.getAttribute('href')),
      `${flow.id}/${id}`,
    ).toEqual([`tel:${phone.number}`]);
  }
  for (const { flow, id, end } of bySite) {
    const domain = channels.domains.find((d) => d.domain === end.channel)!;
    const channel = regionNamed(documentOf(endHref(flow.id, id)), ui['diagnose.channelTitle'])!;
    const [site] = linksNamed(channel, plainText(tf('diagnose.visit', { name: domain.name, domain: domain.domain })));
    expect(site?.getAttribute('href'), `${flow.id}/${id}`).toBe(`https://${domain.domain}/`);
    expect(site?.getAttribute('rel')).toBe('noopener noreferrer');
  }
});
