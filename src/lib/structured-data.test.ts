import { describe, expect, it } from 'vitest';
import { breadcrumbList, howTo, jsonLdText, techArticle, webSite } from './structured-data';

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
  it('turns a checklist into HowTo steps that point at the list', () => {
    const data = howTo({
      title: '手机丢失后怎么办',
      description: 'd',
      url: new URL('https://x.org/account/lost-phone/'),
      checklist: { id: 'lost-phone-now', title: '立即要做的事', items: [{ id: 'a', text: '冻结微信' }, { id: 'b', text: '挂失手机卡' }] },
    });
    expect(data.name).toBe('手机丢失后怎么办：立即要做的事');
    expect(data.step.map((s) => [s.position, s.name, s.url])).toEqual([
      [1, '冻结微信', 'https://x.org/account/lost-phone/#lost-phone-now'],
      [2, '挂失手机卡', 'https://x.org/account/lost-phone/#lost-phone-now'],
    ]);
  });
  it('marks English pages as English, with their own search page', () => {
    const url = new URL('https://x.org/en/set-up/');
    expect(techArticle({ title: 't', description: 'd', updated: new Date('2026-12-02'), url, publisher: 'p', lang: 'en' }).inLanguage).toBe('en');
    const steps = howTo({ title: 'Set up', description: 'd', url, checklist: { id: 'en-set-up', title: 'Steps', items: [{ id: 'a', text: 'Bind a card' }] }, lang: 'en' });
    expect([steps.name, steps.inLanguage]).toEqual(['Set up: Steps', 'en']);
    const site = webSite('Wallet Help Centre', new URL('https://x.org/en/'), 'en');
    expect([site.inLanguage, site.potentialAction.target]).toEqual(['en', 'https://x.org/en/search/?q={search_term_string}']);
  });
  it('cannot close its script element early', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
