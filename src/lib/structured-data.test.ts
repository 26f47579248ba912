import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, techArticle } from './structured-data';

describe('structured data', () => {
  it('lists breadcrumbs with absolute URLs, the last one being the page itself', () => {
    const page = new URL('https://help.example.org/activation/bank-card/');
    const data = breadcrumbList([{ label: '首页', href: '/' }, { label: '开通钱包', href: '/activation/' }, { label: '银行卡无法绑定' }], page);
    expect(data.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, '首页', 'https://help.example.org/'],
      [2, '开通钱包', 'https://help.example.org/activation/'],
      [3, '银行卡无法绑定', 'https://help.example.org/activation/bank-card/'],
    ]);
  });
  it('dates an article by its last check', () => {
    const a = techArticle({ title: 't', description: 'd', updated: new Date('2026-11-27'), url: new URL('https://x.org/a/'), publisher: 'p' });
    expect(a.dateModified).toBe('2026-11-27');
  });
  it('cannot close its script element early', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
