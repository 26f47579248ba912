import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, techArticle, webSite } from './structured-data';

describe('structured data', () => {
  it('lists breadcrumbs with absolute URLs, the last one being the page itself', () => {
    const page = new URL('https://help.example.org/activation/bank-card/');
    const data = breadcrumbList(
      [{ label: '首页', href: '/' }, { label: '开通钱包', href: '/activation/' }, { label: '银行卡无法绑定' }],
      page,
    );
    expect(data).toMatchObject({
      itemListElement: [
        { position: 1, name: '首页', item: 'https://help.example.org/' },
        { position: 2, name: '开通钱包', item: 'https://help.example.org/activation/' },
        { position: 3, name: '银行卡无法绑定', item: 'https://help.example.org/activation/bank-card/' },
      ],
    });
  });
  it('dates an article by its last check', () => {
    const a = techArticle({
      title: 't',
      description: 'd',
      updated: new Date('2026-11-27'),
      url: new URL('https://x.org/a/'),
      publisher: 'p',
    });
    expect(a).toMatchObject({ '@type': 'TechArticle', dateModified: '2026-11-27' });
  });
  it('names the site, with no search action (Google no longer shows a sitelinks search box)', () => {
    expect(webSite('钱包帮助中心', new URL('https://x.org/'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: '钱包帮助中心',
      url: 'https://x.org/',
      inLanguage: 'zh-CN',
    });
  });
  it('marks English pages as English', () => {
    const url = new URL('https://x.org/en/set-up/');
    expect(techArticle({ title: 't', description: 'd', updated: new Date('2026-12-02'), url, publisher: 'p', lang: 'en' }).inLanguage).toBe(
      'en',
    );
    expect(webSite('Wallet Help Centre', new URL('https://x.org/en/'), 'en')).toMatchObject({ url: 'https://x.org/en/', inLanguage: 'en' });
  });
  it('cannot close its script element early', () => {
    expect(jsonLdText({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' })).not.toContain(
      '</script>',
    );
  });
});
