/**
 * The search bundles in the built site: the result cards show every article as its frontmatter
 * says, and the index holds no display text whole (src/features/search/build/search-document.ts).
 * What Pagefind makes of one document is src/features/search/build/search-document-index.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { listArticleIds } from '../../src/content/article-ids';
import { getCategory } from '../../src/content/categories';
import { enArticleHref } from '../../src/content/en-articles';
import { SEARCH_BUNDLES, EN_CATEGORY } from '../../src/features/search/query/search-bundles';
import { CARDS_FILE, parseCards, parseCardsIndex, shardFile, type ResultCard } from '../../src/features/search/query/search-cards';
import { segmentWords } from '../../src/features/search/query/search-text';
import { articles } from '../../tools/content';
import { DIST } from '../../tools/dist';

const dirOf = (lang: keyof typeof SEARCH_BUNDLES) => join(DIST, SEARCH_BUNDLES[lang].bundle);
const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every card of a bundle, whether in one file or in shards. */
function cardsOf(lang: keyof typeof SEARCH_BUNDLES): ResultCard[] {
  const index = parseCardsIndex(json(join(dirOf(lang), CARDS_FILE)));
  if (!index) throw new Error(`${lang}: ${CARDS_FILE} is damaged`);
  if (index.shards === 1) return Object.values(index.cards);
  return Array.from({ length: index.shards }, (_, i) => Object.values(parseCards(json(join(dirOf(lang), shardFile(i)))))).flat();
}

/** The files of one folder of a bundle (`index`, `fragment`), gunzipped, without Pagefind's signature. */
function filesOf(lang: keyof typeof SEARCH_BUNDLES, folder: string): Buffer[] {
  const dir = join(dirOf(lang), folder);
  return readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).subarray('pagefind_dcd'.length));
}

describe.each(['zh-CN', 'en'] as const)('the %s search bundle', (lang) => {
  const cards = cardsOf(lang);

  test('has one card for every article, as its frontmatter says', () => {
    if (lang === 'zh-CN') {
      const expected = articles().map((a) => ({
        url: a.href,
        title: a.data.title,
        category: getCategory(a.data.category).name,
        categoryId: a.data.category,
        description: a.data.description,
      }));
      expect(cards).toEqual(expect.arrayContaining(expected));
      expect(cards).toHaveLength(expected.length);
    } else {
      const urls = [...listArticleIds('content/en/articles')].map(enArticleHref);
      expect(cards.map((c) => c.url).sort()).toEqual(urls.sort());
      for (const card of cards) expect(card.categoryId).toBe(EN_CATEGORY);
    }
  });

  test('indexes no display text as metadata: an empty title, no category name or description', () => {
    const metas = filesOf(lang, 'fragment').map((f) => (JSON.parse(f.toString('utf8')) as { meta: Record<string, string> }).meta);
    expect(metas).toHaveLength(cards.length);
    for (const meta of metas) {
      expect(meta['title']).toBe('');
      expect(meta).not.toHaveProperty('category');
      expect(meta).not.toHaveProperty('description');
    }
  });
});

// Pagefind splits metadata on spaces only: an English title as metadata would only repeat its words,
// a Chinese one would be one long word of the index.
test('the Chinese index holds no title or description whole, only their words', () => {
  const index = Buffer.concat(filesOf('zh-CN', 'index'));
  // A title of one word is a word of the index anyway; a longer one only as metadata.
  const whole = cardsOf('zh-CN')
    .flatMap((c) => [c.title, c.description])
    .filter((text) => segmentWords(text).length > 1);
  expect(whole.length).toBeGreaterThan(0);
  expect(whole.filter((text) => index.includes(Buffer.from(text)))).toEqual([]);
});
