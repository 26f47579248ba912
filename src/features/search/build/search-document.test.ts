import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../query/search-synonyms';
import { headingsOf, parseSearchDocuments, searchDocument } from './search-document';

const vocab = compileVocabulary({ stopWords: [], groups: [['冻结', 'frozen']], suggestions: ['冻结'] });

const source = {
  url: '/account/frozen-account/',
  title: '账号被冻结 <怎么办> & "恢复"',
  description: '按申诉流程恢复。',
  category: 'account',
  categoryName: '账号恢复',
  keywords: ['冻结'],
  errors: [],
  body: [
    'import X from "x";',
    '',
    '账号被冻结时先别慌。',
    '',
    '## 先确认**状态**',
    '',
    '```',
    '## 不是标题',
    '```',
    '',
    '### 再申诉？',
    '',
    '#### 太深的标题',
  ].join('\n'),
};

describe('headingsOf', () => {
  it('reads ## and ### headings as text, outside code fences', () => {
    expect(headingsOf(source.body)).toEqual(['先确认状态', '再申诉？']);
  });
  it('drops an explicit heading id', () => {
    expect(headingsOf('## 申诉 {#appeal}')).toEqual(['申诉']);
  });
});

describe('searchDocument', () => {
  const { url, html } = searchDocument(source, vocab);

  it('keeps the article address', () => {
    expect(url).toBe('/account/frozen-account/');
  });
  it('escapes text and attribute values', () => {
    expect(html).toContain('<h1 data-pagefind-meta="title">账号被冻结 &lt;怎么办&gt; &amp; &quot;恢复&quot;</h1>');
    expect(html).not.toContain('<怎么办>');
  });
  it('holds the opening paragraph and the headings as sentences', () => {
    expect(html).toContain('<p>账号被冻结时先别慌。</p>');
    expect(html).toContain('<div data-pagefind-weight="3"><p>先确认状态。</p><p>再申诉？</p></div>');
  });
  it('carries the filter, the card fields and the search terms with synonyms', () => {
    expect(html).toContain('data-pagefind-filter="category[data-value]" data-value="account"');
    expect(html).toContain('data-pagefind-meta="category[data-value]" data-value="账号恢复"');
    expect(html).toContain('data-pagefind-meta="description[data-value]" data-value="按申诉流程恢复。"');
    expect(html).toMatch(/data-pagefind-meta="expanded_terms\[data-value\]" data-value="[^"]*frozen/);
  });
  it('leaves out empty fields', () => {
    expect(html).not.toContain('error_terms');
  });
  it('uses the description as the lead when the body has no prose paragraph', () => {
    expect(searchDocument({ ...source, body: '## 只有标题' }, vocab).html).toContain('<p>按申诉流程恢复。</p>');
  });
});

describe('parseSearchDocuments', () => {
  it('accepts what the build writes', () => {
    expect(parseSearchDocuments([{ url: '/a/b/', html: '<p>x</p>' }])).toEqual([{ url: '/a/b/', html: '<p>x</p>' }]);
  });
  it('names the broken document', () => {
    expect(() => parseSearchDocuments({})).toThrow('expected a list');
    expect(() =>
      parseSearchDocuments([
        { url: '/a/', html: '' },
        { url: 'a', html: '' },
      ]),
    ).toThrow('document 1 needs a url');
  });
});
