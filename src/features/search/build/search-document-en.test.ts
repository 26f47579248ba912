import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../query/search-synonyms';
import { searchDocument } from './search-document';

const vocab = compileVocabulary({ stopWords: [], groups: [['restricted', 'blocked']], suggestions: ['blocked'] });

describe('an English search document', () => {
  const { html, card } = searchDocument(
    {
      url: '/en/account-restricted/',
      title: 'My new account is restricted',
      description: 'What a restriction means and the free checks that lift it.',
      category: 'en',
      categoryName: 'English',
      keywords: ['wechat banned new account'],
      errors: [],
      body: ['Some new accounts are restricted.', '', '## What it means', '', '## Ask a friend?'].join('\n'),
      lang: 'en',
    },
    vocab,
  );

  it('is marked English, so Pagefind puts it in the English index', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
  });
  it('ends its headings with full stops, not Chinese ones', () => {
    expect(html).toContain('<p>What it means.</p><p>Ask a friend?</p>');
  });
  it('shows as English in results, from a card kept out of the index', () => {
    expect(card).toMatchObject({ category: 'English', categoryId: 'en', title: 'My new account is restricted' });
    expect(html).not.toContain('English');
    expect(html).toContain('data-pagefind-meta="title:"');
  });
  it('carries English synonyms in its search terms', () => {
    expect(html).toMatch(/data-pagefind-meta="expanded_terms\[data-value\]" data-value="[^"]*blocked/);
  });
});
