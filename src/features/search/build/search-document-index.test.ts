import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { compileVocabulary } from '../query/search-synonyms';
import { cardFromFragment, pageIdFromFragmentPath, type FragmentLike } from '../query/search-cards';
import { searchDocument } from './search-document';

/** What Pagefind itself makes of a search document: the index and the fragment (Pagefind 1.6). */
const vocab = compileVocabulary({ stopWords: [], groups: [], suggestions: [] });
const source = {
  url: '/security/scam/',
  title: '发现被骗后先停止付款',
  description: '保存聊天记录然后尽快报警处理。',
  category: 'security',
  categoryName: '安全与防骗',
  keywords: [],
  errors: [],
  body: '先别再转账。\n\n## 保存证据\n',
};

/** Pagefind's files for the document, gunzipped and without their signature. */
let index: Buffer;
let fragment: FragmentLike & { meta: Record<string, string> };

beforeAll(async () => {
  const { index: pagefind } = await createIndex({});
  const { url, html } = searchDocument(source, vocab);
  await pagefind!.addHTMLFile({ url, content: html });
  const { files } = await pagefind!.getFiles();
  const read = (path: string) => gunzipSync(files.find((f) => f.path === path)!.content).subarray('pagefind_dcd'.length);
  index = Buffer.concat(files.filter((f) => f.path.endsWith('.pf_index')).map((f) => read(f.path)));
  const fragmentPath = files.map((f) => f.path).find((p) => pageIdFromFragmentPath(p))!;
  const raw = JSON.parse(read(fragmentPath).toString('utf8')) as typeof fragment;
  // As `result.data()` gives it: Pagefind's word breaks (zero-width spaces) removed.
  fragment = { ...raw, content: raw.content.replace(/\u200B/g, '') };
});
afterAll(() => close());

describe('a search document in the Pagefind index', () => {
  it('holds no title, description or category name as a word, only their words', () => {
    for (const text of [source.title, source.description, source.categoryName]) expect(index.includes(Buffer.from(text))).toBe(false);
    expect(index.includes(Buffer.from('付款'))).toBe(true);
    expect(index.includes(Buffer.from('聊天'))).toBe(true); // from the segmented description terms
  });
  it('holds the words of its running text, not pairs of characters across them', () => {
    // 停止|付款 in the title: each word is indexed, 止付 (a pair across the break) is not.
    expect(index.includes(Buffer.from('停止'))).toBe(true);
    expect(index.includes(Buffer.from('止付'))).toBe(false);
  });
  it('has no display metadata in its fragment, and an empty title', () => {
    expect(fragment.meta['title']).toBe('');
    expect(fragment.meta).not.toHaveProperty('description');
    expect(fragment.meta).not.toHaveProperty('category');
    expect(fragment.filters['category']).toEqual(['security']);
  });
  it('still lets a result without its card show the title, from the fragment', () => {
    expect(cardFromFragment(fragment)).toMatchObject({ url: source.url, title: source.title, categoryId: 'security' });
    expect(cardFromFragment(fragment).description.startsWith('先别再转账。')).toBe(true);
  });
});
