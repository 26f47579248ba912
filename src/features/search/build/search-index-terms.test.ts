import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../query/search-synonyms';
import { SEARCH_META_FIELDS, searchMetaFor, wordsOf } from './search-index-terms';
import { segmentWords } from '../query/search-text';

const vocab = compileVocabulary({
  stopWords: [],
  groups: [
    ['冻结', 'frozen'],
    ['限制', '封号', 'banned'],
  ],
  suggestions: ['冻结'],
});

const article = {
  title: '微信账号被冻结怎么恢复',
  description: '账号被冻结时，按自助验证或申诉流程恢复。',
  keywords: ['微信被封了', 'Account Blocked'],
  errors: ['账号已被限制登录'],
  body: '正文提到**人脸识别**。',
};

describe('wordsOf', () => {
  it('cuts Chinese into words, keeps Latin words, lowercases, and repeats nothing', () => {
    expect(wordsOf(['冻结', 'Account Blocked', '冻结'])).toEqual(['冻结', 'account', 'blocked']);
    expect(wordsOf(['微信账号被冻结'])).toEqual(segmentWords('微信账号被冻结'));
  });
});

describe('searchMetaFor', () => {
  const meta = searchMetaFor(article, vocab);
  it('cuts the title so Pagefind, which splits metadata on spaces only, can match its words', () => {
    expect(meta[SEARCH_META_FIELDS.titleTerms]).toBe(segmentWords(article.title).join(' '));
  });
  it('keeps keywords and errors in their own fields, without synonyms', () => {
    expect(meta[SEARCH_META_FIELDS.keywordTerms]).toContain('account');
    expect(meta[SEARCH_META_FIELDS.keywordTerms]).not.toContain('frozen');
    expect(meta[SEARCH_META_FIELDS.errorTerms].split(' ')).toContain('限制');
  });
  it('puts the synonyms of every word in the expanded field, with the words themselves', () => {
    const expanded = meta[SEARCH_META_FIELDS.expandedTerms].split(' ');
    expect(expanded).toEqual(expect.arrayContaining(['frozen', '封号', 'banned', '冻结', '恢复']));
  });
  it('lists the body’s words', () => {
    expect(meta[SEARCH_META_FIELDS.bodyTerms].split(' ')).toEqual(expect.arrayContaining(['正文', '识别']));
  });
});
