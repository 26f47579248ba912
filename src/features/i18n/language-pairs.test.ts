import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hreflangLinks, languagePairs, pairOf, readLanguagePairs } from './language-pairs';

const pairs = languagePairs([{ id: 'set-up', zh: 'activation/foreign-visitors' }, { id: 'scams' }]);

describe('language pairs', () => {
  it('pair the home pages, the urgent-help pages and each English article with its zh version', () => {
    expect(pairs).toEqual([
      { 'zh-CN': '/', en: '/en/' },
      { 'zh-CN': '/urgent/', en: '/en/urgent/' },
      { 'zh-CN': '/activation/foreign-visitors/', en: '/en/set-up/' },
    ]);
  });

  it('find a page from either side, and nothing for a page without an equivalent', () => {
    expect(pairOf('/en/set-up/', pairs)?.['zh-CN']).toBe('/activation/foreign-visitors/');
    expect(pairOf('/activation/foreign-visitors/', pairs)?.en).toBe('/en/set-up/');
    expect(pairOf('/en/scams/', pairs)).toBeUndefined();
    expect(pairOf('/search/', pairs)).toBeUndefined();
  });

  it('give hreflang alternates for both languages, the Chinese page as x-default', () => {
    expect(hreflangLinks(pairs[2]!, new URL('https://help.example/'))).toEqual([
      { hreflang: 'zh-CN', href: 'https://help.example/activation/foreign-visitors/' },
      { hreflang: 'en', href: 'https://help.example/en/set-up/' },
      { hreflang: 'x-default', href: 'https://help.example/activation/foreign-visitors/' },
    ]);
  });

  it('are read from the English articles’ frontmatter, drafts left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'en-pairs-'));
    try {
      writeFileSync(join(dir, 'set-up.mdx'), '---\ntitle: Set up\nzh: activation/foreign-visitors\n---\nText.\n');
      writeFileSync(join(dir, 'scams.mdx'), '---\ntitle: Scams\n---\nText.\n');
      writeFileSync(join(dir, '_draft.mdx'), '---\nzh: activation/bank-card\n---\n');
      expect(readLanguagePairs(dir).map((p) => p.en)).toEqual(['/en/', '/en/urgent/', '/en/set-up/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
