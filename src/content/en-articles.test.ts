import { describe, expect, it } from 'vitest';
import { articleHrefIn, crossCheckEnArticles, enArticleHref, sortEnArticles } from './en-articles';

const a = (id: string, order: number, zh?: string) => ({ id, filePath: `content/en/articles/${id}.mdx`, data: { title: id, order, zh } });

describe('English articles', () => {
  it('live under /en/', () => {
    expect(enArticleHref('set-up')).toBe('/en/set-up/');
    expect(articleHrefIn('en', 'set-up')).toBe('/en/set-up/');
    expect(articleHrefIn('zh-CN', 'activation/bank-card')).toBe('/activation/bank-card/');
  });

  it('sort by order, then title', () => {
    expect(sortEnArticles([a('b', 2), a('z', 1), a('a', 2)]).map((x) => x.id)).toEqual(['z', 'a', 'b']);
  });

  it('may not share an order or a Chinese version, naming both files', () => {
    expect(crossCheckEnArticles([a('one', 1, 'x/y'), a('two', 2), a('three', 3)])).toEqual([]);
    expect(crossCheckEnArticles([a('one', 1, 'x/y'), a('two', 1, 'x/y')])).toEqual([
      'content/en/articles/two.mdx: field "order" 1 is already used by content/en/articles/one.mdx',
      'content/en/articles/two.mdx: field "zh" "x/y" is already the Chinese version of content/en/articles/one.mdx; a Chinese page has one English version',
    ]);
  });
});
