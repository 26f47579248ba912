import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { linksNamed, nameOf, plainText, regionNamed } from './dist';

const { document } = parseHTML(`<!doctype html><html><body>
  <section aria-labelledby="t"><h2 id="t">还需要 <span aria-hidden="true">👉</span>帮助？</h2>
    <a href="tel:1">拨打客服&nbsp;1</a><a href="/x/" aria-label="打开 X">X</a></section>
  <nav aria-label="本页内容"><a href="#a">A</a></nav>
</body></html>`);
const doc = document as unknown as Document;

test('a name leaves out aria-hidden parts and folds spaces, no-break ones too', () => {
  expect(nameOf(doc.querySelector('h2')!)).toBe('还需要 帮助？');
  expect(plainText(' a\u00a0 b\n')).toBe('a b');
});

test('regions are found by aria-labelledby or aria-label, and not by anything else', () => {
  expect(regionNamed(doc, '还需要 帮助？')?.tagName).toBe('SECTION');
  expect(regionNamed(doc, '本页内容')?.tagName).toBe('NAV');
  expect(regionNamed(doc, '帮助')).toBeUndefined();
});

test('links are matched by their whole name, aria-label first', () => {
  const section = regionNamed(doc, '还需要 帮助？')!;
  expect(linksNamed(section, '拨打客服 1').map((a) => a.getAttribute('href'))).toEqual(['tel:1']);
  expect(linksNamed(section, '打开 X')).toHaveLength(1);
  expect(linksNamed(section, 'X')).toHaveLength(0);
  expect(linksNamed(section, '拨打客服')).toHaveLength(0);
});
