import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../query/search-synonyms';
import { headingsOf, searchDocument } from './search-document';
import { withWordBreaks, withoutWordBreaks } from '../query/word-breaks';

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
  const { url, html, card } = searchDocument(source, vocab);
  /** The document as the index's text reads once shown: word breaks taken out. */
  const shown = withoutWordBreaks(html);

  it('keeps the article address', () => {
    expect(url).toBe('/account/frozen-account/');
  });
  it('escapes text and attribute values', () => {
    expect(shown).toContain('>账号被冻结 &lt;怎么办&gt; &amp; &quot;恢复&quot;</h1>');
    expect(shown).not.toContain('<怎么办>');
  });
  it('carries what the result shows beside the HTML, from the article', () => {
    expect(card).toEqual({
      url: '/account/frozen-account/',
      title: source.title,
      category: '账号恢复',
      categoryId: 'account',
      description: '按申诉流程恢复。',
    });
  });
  it('holds the opening paragraph and the headings as sentences', () => {
    expect(shown).toContain('<p>账号被冻结时先别慌。</p>');
    expect(shown).toContain('<div data-pagefind-weight="3"><p>先确认状态。</p><p>再申诉？</p></div>');
  });
  it('breaks its running text into words, so the index holds no pairs across them', () => {
    expect(html).toContain(`<p>${withWordBreaks('账号被冻结时先别慌。')}</p>`);
    expect(html).not.toContain('冻结时');
  });
  it('carries the filter and the search terms with synonyms, but no display-only metadata', () => {
    expect(html).toContain('data-pagefind-filter="category[data-value]" data-value="account"');
    expect(html).toMatch(/data-pagefind-meta="expanded_terms\[data-value\]" data-value="[^"]*frozen/);
    expect(html).not.toContain('账号恢复');
    expect(html).not.toMatch(/data-pagefind-meta="(category|description)\b/);
  });
  it('leaves out empty fields', () => {
    expect(html).not.toContain('error_terms');
  });
  it('uses the description as the lead when the body has no prose paragraph', () => {
    expect(withoutWordBreaks(searchDocument({ ...source, body: '## 只有标题' }, vocab).html)).toContain('<p>按申诉流程恢复。</p>');
  });
});
