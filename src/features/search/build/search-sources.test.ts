import { describe, expect, it } from 'vitest';
import { getCategory } from '../../../content/categories';
import type { ArticleFile } from '../../../content/read-articles';
import type { ArticleData } from '../../../content/schemas/article';
import type { EnArticleData } from '../../../content/schemas/en-article';
import { compileVocabulary } from '../query/search-synonyms';
import { EN_CATEGORY } from '../query/search-bundles';
import { searchSources } from './search-sources';

const vocab = compileVocabulary({ stopWords: [], groups: [], suggestions: [] });
const vocabs = { 'zh-CN': vocab, en: vocab };

const zh = (id: string, title: string, body: string): ArticleFile<ArticleData> => ({
  id,
  file: `content/articles/${id}.mdx`,
  data: { title, description: `${title}的说明。`, category: id.split('/')[0]!, keywords: ['关键词'], errors: ['错误提示'] } as ArticleData,
  body,
});
const en = (id: string, title: string): ArticleFile<EnArticleData> => ({
  id,
  file: `content/en/articles/${id}.mdx`,
  data: { title, description: `About ${title}.`, keywords: [], errors: [] } as unknown as EnArticleData,
  body: 'Some text.\n\n## A heading',
});

describe('searchSources', () => {
  const sources = searchSources(
    [zh('payments/b', '付款失败', '先看提示。\n\n## 余额不足\n\n**充值**后再付。'), zh('account/a', '账号冻结', '按提示解冻。')],
    [en('set-up', 'Set up Weixin Pay')],
    vocabs,
  );

  it('makes one document per article, in the order given, with its address and category', () => {
    expect(sources.documents['zh-CN'].map((d) => d.card)).toEqual([
      {
        url: '/payments/b/',
        title: '付款失败',
        category: getCategory('payments').name,
        categoryId: 'payments',
        description: '付款失败的说明。',
      },
      {
        url: '/account/a/',
        title: '账号冻结',
        category: getCategory('account').name,
        categoryId: 'account',
        description: '账号冻结的说明。',
      },
    ]);
  });

  it('files English articles in the English bundle, under the one English category', () => {
    const [doc] = sources.documents.en;
    expect(sources.documents.en).toHaveLength(1);
    expect(doc!.card).toMatchObject({ url: '/en/set-up/', categoryId: EN_CATEGORY });
    expect(doc!.html).toMatch(/^<!DOCTYPE html><html lang="en">/);
  });

  it('takes the typing tables’ words from the Chinese articles only, the body as plain text', () => {
    expect(sources.typing).toEqual([
      { names: ['付款失败', '关键词', '错误提示'], strong: ['付款失败的说明。', '余额不足'], body: expect.not.stringContaining('**') },
      { names: ['账号冻结', '关键词', '错误提示'], strong: ['账号冻结的说明。'], body: '按提示解冻。' },
    ]);
    expect(sources.typing[0]!.body).toContain('充值后再付');
  });
});
