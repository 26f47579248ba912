import { describe, expect, it } from 'vitest';
import { ui as zhCN } from './zh-CN';
import { ui as en } from './en';
import { keysOf, langOfPath, localPath, otherLang, uiFor } from './ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English strings', () => {
  it('have every key the Chinese strings have, and no other', () => {
    const zhKeys = keysOf('zh-CN');
    const enKeys = keysOf('en');
    expect(
      enKeys.filter((k) => !zhKeys.includes(k)),
      'keys only in en.ts',
    ).toEqual([]);
    expect(
      zhKeys.filter((k) => !enKeys.includes(k)),
      'keys missing from en.ts',
    ).toEqual([]);
  });

  it('fill the same {placeholders} as the Chinese ones, so no value is lost or left showing', () => {
    // Where English shows a value elsewhere on the page (a phone's name above its call button, since
    // the button's text must not break), it may leave it out; it never asks for one Chinese lacks.
    const omitted: Record<string, string[]> = { 'diagnose.call': ['name'] };
    const differ = Object.entries(zhCN)
      .filter(
        ([key, zh]) =>
          placeholders(zh)
            .filter((p) => !omitted[key]?.includes(p!))
            .join() !== placeholders(en[key as keyof typeof en]).join(),
      )
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('are English: no Chinese characters', () => {
    const chinese = Object.entries(en).filter(([, text]) => /\p{Script=Han}/u.test(text));
    expect(chinese).toEqual([]);
  });
});

describe('uiFor', () => {
  it('picks the strings by language and fills placeholders', () => {
    expect(uiFor('zh-CN').t('search.submit')).toBe(zhCN['search.submit']);
    expect(uiFor('en').t('search.submit')).toBe('Search');
    expect(uiFor('en').tf('search.found', { n: 3 })).toBe('3 articles found');
    expect(uiFor('en').translate('search.none', { q: 'x' })).toBe('No articles found for “x”.');
    expect(JSON.parse(uiFor('en').uiAttr(['search.submit']))).toEqual({ 'search.submit': 'Search' });
  });

  it('refuses a language it does not know, naming the known ones', () => {
    expect(() => uiFor('fr' as 'en')).toThrow(/zh-CN, en/);
  });
});

describe('addresses and languages', () => {
  it('puts English pages under /en/ and Chinese ones at the root', () => {
    expect(localPath('zh-CN', '/search/')).toBe('/search/');
    expect(localPath('en', '/search/')).toBe('/en/search/');
    expect(localPath('en', '/')).toBe('/en/');
    expect(() => localPath('en', 'search/')).toThrow(/must start with \//);
  });

  it('reads the language back from an address', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en/set-up/')).toBe('en');
    expect(langOfPath('/')).toBe('zh-CN');
    expect(langOfPath('/english/')).toBe('zh-CN');
    expect(langOfPath('/activation/foreign-visitors/')).toBe('zh-CN');
    expect(otherLang('en')).toBe('zh-CN');
    expect(otherLang('zh-CN')).toBe('en');
  });
});
