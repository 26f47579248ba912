/**
 * Every end of every troubleshooter flow can be reached from the flow's first page by following
 * its answer links in the built HTML: plain `<a href>`s, which a keyboard reaches with Tab and opens
 * with Enter without any script. The browser tests walk one path per urgent flow by keyboard; this
 * covers every path of every flow in milliseconds.
 */
import { expect, test } from 'vitest';
import { flows } from '../../tools/content';
import { endHref, flowHref } from '../../src/features/diagnose/flow-pages';
import { attrs, htmlOf } from '../../tools/dist';

/** The answer links of a flow page: the anchors inside its `data-answers` list. */
function answerLinks(html: string): string[] {
  const list = /<(ul|ol)\b[^>]*\bdata-answers\b[^>]*>([\s\S]*?)<\/\1>/.exec(html);
  if (!list) return [];
  // An answer that a keyboard could not reach would carry tabindex="-1" or no href.
  expect(list[2]).not.toMatch(/tabindex="-1"/);
  return attrs(list[2]!, 'a', 'href');
}

for (const flow of flows()) {
  test(`every end of the ${flow.id} flow is reached by its answer links`, () => {
    const start = flowHref(flow.id);
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const href of answerLinks(htmlOf(queue.shift()!))) {
        if (seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    const ends = Object.keys(flow.ends).map((end) => endHref(flow.id, end));
    expect(ends.filter((href) => !seen.has(href))).toEqual([]);
  });
}
