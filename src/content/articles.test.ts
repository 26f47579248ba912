import { describe, expect, it } from 'vitest';
import {
  articleHref,
  articlesById,
  articleSlug,
  crossCheckArticles,
  neighbours,
  popularArticles,
  sortArticles,
  type ArticleLike,
} from './articles';

const a = (id: string, order: number, extra: Partial<ArticleLike['data']> = {}): ArticleLike => ({
  id,
  filePath: `content/articles/${id}.mdx`,
  data: { title: id, category: id.split('/')[0]!, order, ...extra },
});

describe('articles', () => {
  const list = [a('pay/b', 2), a('pay/a', 1), a('pay/c', 3), a('tips/x', 1)];

  it('builds hrefs and slugs from ids', () => {
    expect(articleHref('activation/bank-card')).toBe('/activation/bank-card/');
    expect(articleSlug('activation/bank-card')).toBe('bank-card');
  });

  it('sorts by order, whatever the input order', () => {
    expect(sortArticles(list).map((x) => x.id)).toEqual(['pay/a', 'tips/x', 'pay/b', 'pay/c']);
  });

  it('picks articles by id in the order asked, and names an id that is not there', () => {
    expect(articlesById(list, [list[2]!.id, list[0]!.id])).toEqual([list[2], list[0]]);
    expect(() => articlesById(list, ['pay/nope'])).toThrow('"pay/nope"');
  });

  it('finds neighbours within the category only', () => {
    expect(neighbours(list, 'pay/a')).toEqual({ next: list[0] });
    const mid = neighbours(list, 'pay/b');
    expect(mid.prev?.id).toBe('pay/a');
    expect(mid.next?.id).toBe('pay/c');
    expect(neighbours(list, 'tips/x')).toEqual({});
  });

  it('lists popular articles by rank', () => {
    const pop = popularArticles([a('pay/a', 1, { popular: 2 }), a('pay/b', 2), a('tips/x', 1, { popular: 1 })]);
    expect(pop.map((x) => x.id)).toEqual(['tips/x', 'pay/a']);
  });

  it('reports a category that does not match the folder, naming file and field', () => {
    const problems = crossCheckArticles([{ ...a('pay/a', 1), data: { title: 't', category: 'tips', order: 1 } }]);
    expect(problems).toEqual(['content/articles/pay/a.mdx: field "category" is "tips" but the file is in the folder "pay"']);
  });

  it('reports two articles with the same order in one category', () => {
    const problems = crossCheckArticles([a('pay/a', 1), a('pay/b', 1), a('tips/x', 1)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('pay/b.mdx: field "order" 1 is already used by content/articles/pay/a.mdx');
  });
});
