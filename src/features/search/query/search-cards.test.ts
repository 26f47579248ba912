import { describe, expect, it } from 'vitest';
import {
  CARDS_FILE,
  cardFiles,
  cardFromFragment,
  textAfterTitle,
  cardsByPageId,
  createCardStore,
  inCategories,
  pageIdFromFragmentPath,
  parseCard,
  parseCards,
  parseCardsIndex,
  shardCount,
  shardFile,
  shardOf,
  type ResultCard,
  type ResultCards,
} from './search-cards';

const fragment = {
  url: '/payments/payment-failed/',
  // As the index gives it: word breaks (word-breaks.ts), and a space where Pagefind joins blocks.
  content: '微信 支付 失败 怎么 办 ？ 付款 时 先 看 提示 。 换 一张 卡 。',
  filters: { category: ['payments'] },
  anchors: [{ element: 'h1', id: 'title', text: '微信 支付 失败 怎么 办 ？' }],
};

describe('textAfterTitle', () => {
  it('reads the indexed text without word breaks, after the title and the break Pagefind puts after it', () => {
    expect(textAfterTitle(fragment.content, '微信支付失败怎么办？')).toBe('付款时先看提示。换一张卡。');
  });
  it('keeps the whole text when it does not start with the title', () => {
    expect(textAfterTitle('先 看 提示 。', '付款失败')).toBe('先看提示。');
  });
});

describe('cardFromFragment', () => {
  it('takes the title from the h1 and the description from the text after it, without the word breaks', () => {
    expect(cardFromFragment(fragment)).toEqual({
      url: '/payments/payment-failed/',
      title: '微信支付失败怎么办？',
      category: '',
      categoryId: 'payments',
      description: '付款时先看提示。换一张卡。',
    });
  });
  it('still makes a card of a fragment without an h1 or a category', () => {
    expect(cardFromFragment({ url: '/a/', content: '正文。', filters: {} })).toEqual({
      url: '/a/',
      title: '/a/',
      category: '',
      categoryId: '',
      description: '正文。',
    });
  });
});

describe('cardsByPageId', () => {
  const card = (url: string): ResultCard => ({ url, title: url, category: '分类', categoryId: 'c', description: 'd' });
  const byUrl = new Map(['/a/', '/b/'].map((url) => [url, card(url)]));
  it("gives each page id its article's card", () => {
    const pages = new Map([
      ['zh-cn_1', '/b/'],
      ['zh-cn_2', '/a/'],
    ]);
    expect(cardsByPageId(pages, byUrl)).toEqual({ 'zh-cn_1': card('/b/'), 'zh-cn_2': card('/a/') });
  });
  it('names a page the articles do not have, and an article the index does not', () => {
    expect(() => cardsByPageId(new Map([['x', '/c/']]), byUrl)).toThrow('page /c/ has no article');
    expect(() => cardsByPageId(new Map([['x', '/a/']]), byUrl)).toThrow('/b/ not indexed by Pagefind');
  });
});

it('reads the page id from a fragment path', () => {
  expect(pageIdFromFragmentPath('fragment/zh-cn_3352fa2.pf_fragment')).toBe('zh-cn_3352fa2');
  expect(pageIdFromFragmentPath('index/zh-cn_1.pf_index')).toBeUndefined();
});

describe('parseCards', () => {
  it('keeps well-formed cards and drops the rest', () => {
    const good = cardFromFragment(fragment);
    expect(parseCard(good)).toEqual(good);
    expect(parseCard({ ...good, description: undefined })).toBeUndefined();
    expect(parseCards({ a: good, b: { url: 1 }, c: null })).toEqual({ a: good });
  });
  it('returns no cards for anything that is not an object', () => {
    expect(parseCards('oops')).toEqual({});
    expect(parseCards(null)).toEqual({});
  });
});

describe('inCategories', () => {
  const card = (categoryId: string): ResultCard => ({
    url: `/${categoryId}/x/`,
    title: 't',
    category: categoryId,
    categoryId,
    description: 'd',
  });
  const cards = { a: card('account'), b: card('payments'), c: card('account'), d: card('fraud') };
  const ranked = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, score: 4 - i }));
  it('keeps the results of the chosen categories, in their order', () => {
    expect(inCategories(ranked, cards, ['account'])!.map((r) => r.id)).toEqual(['a', 'c']);
    expect(inCategories(ranked, cards, ['fraud', 'payments'])!.map((r) => r.id)).toEqual(['b', 'd']);
  });
  it('gives up when a result has no card, so the caller can filter with Pagefind', () => {
    expect(inCategories([...ranked, { id: 'unknown', score: 0 }], cards, ['account'])).toBeUndefined();
  });
});

const cardFor = (id: string): ResultCard => ({ url: `/c/${id}/`, title: id, category: '分类', categoryId: 'c', description: 'd' });
const manyCards = (n: number): ResultCards =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`zh-cn_${((i * 2654435761) >>> 0).toString(16)}`, cardFor(String(i))]));

describe('shards', () => {
  it('are one up to 250 articles, then one more per 250', () => {
    expect([0, 1, 20, 250, 251, 1000, 10000].map(shardCount)).toEqual([1, 1, 1, 1, 2, 4, 40]);
  });
  it('a page always lands in the same shard, within range', () => {
    expect(shardOf('zh-cn_3352fa2', 1)).toBe(0);
    expect(shardOf('zh-cn_3352fa2', 40)).toBe(shardOf('zh-cn_3352fa2', 40));
    // FNV-1a of "a" is 0xe40c292c: pinned, since build and browser must agree across releases.
    expect(shardOf('a', 1000)).toBe(0xe40c292c % 1000);
    for (const id of Object.keys(manyCards(500))) expect(shardOf(id, 7)).toBeLessThan(7);
  });
  it('spreads pages about evenly', () => {
    const sizes = new Array(40).fill(0);
    for (const id of Object.keys(manyCards(10000))) sizes[shardOf(id, 40)]++;
    expect(Math.min(...sizes)).toBeGreaterThan(150);
    expect(Math.max(...sizes)).toBeLessThan(350);
  });
});

describe('cardFiles', () => {
  it('writes one file holding every card up to 250 articles', () => {
    const cards = manyCards(20);
    expect(cardFiles(cards)).toEqual({ [CARDS_FILE]: { shards: 1, cards } });
  });
  it('writes an index and the shards above that, each card in its own shard', () => {
    const cards = manyCards(1000);
    const files = cardFiles(cards);
    expect(Object.keys(files).sort()).toEqual([CARDS_FILE, shardFile(0), shardFile(1), shardFile(2), shardFile(3)].sort());
    expect(files[CARDS_FILE]).toEqual({ shards: 4 });
    let total = 0;
    for (let i = 0; i < 4; i++) {
      const shard = files[shardFile(i)] as ResultCards;
      for (const id of Object.keys(shard)) expect(shardOf(id, 4)).toBe(i);
      total += Object.keys(shard).length;
    }
    expect(total).toBe(1000);
  });
});

describe('parseCardsIndex', () => {
  it('reads the shard count, and the cards when there is one shard', () => {
    const cards = manyCards(2);
    expect(parseCardsIndex({ shards: 1, cards: { ...cards, bad: { url: 1 } } })).toEqual({ shards: 1, cards });
    expect(parseCardsIndex({ shards: 4 })).toEqual({ shards: 4, cards: {} });
  });
  it('is undefined for a damaged index', () => {
    for (const value of [null, 'x', {}, { shards: 0 }, { shards: 1.5 }, { shards: '2' }]) expect(parseCardsIndex(value)).toBeUndefined();
  });
});

describe('createCardStore', () => {
  /** A bundle from cardFiles, whose fetches are recorded and can be made to fail. */
  function bundle(cards: ResultCards) {
    const files = cardFiles(cards);
    const fetched: string[] = [];
    const failing = new Set<string>();
    const fetchJson = async (file: string) => {
      fetched.push(file);
      if (failing.has(file) || !(file in files)) throw new Error(`cannot fetch ${file}`);
      return structuredClone(files[file]);
    };
    return { fetched, failing, store: createCardStore(fetchJson) };
  }

  it('with one shard, fetches one file once', async () => {
    const cards = manyCards(20);
    const { fetched, store } = bundle(cards);
    expect(await store.cardsFor(Object.keys(cards).slice(0, 5))).toEqual(cards);
    expect(await store.cardsFor(Object.keys(cards))).toEqual(cards);
    expect(fetched).toEqual([CARDS_FILE]);
  });

  it('loads only the shards holding the ids asked for, each once', async () => {
    const cards = manyCards(10000);
    const ids = Object.keys(cards);
    const { fetched, store } = bundle(cards);
    const some = ids.slice(0, 3);
    const known = await store.cardsFor(some);
    for (const id of some) expect(known[id]).toEqual(cards[id]);
    const wanted = new Set(some.map((id) => shardFile(shardOf(id, 40))));
    expect(fetched).toEqual([CARDS_FILE, ...wanted]);
    expect(Object.keys(known).length).toBeLessThan(1000);
    await Promise.all([store.cardsFor(some), store.cardsFor(some)]);
    expect(fetched.length).toBe(1 + wanted.size);
    // Every id: every shard, the loaded ones not again.
    expect(await store.cardsFor(ids)).toEqual(cards);
    expect(fetched.length).toBe(41);
    expect(new Set(fetched).size).toBe(41);
  });

  it('leaves out the cards of a shard that failed, and tries it again next time', async () => {
    const cards = manyCards(1000);
    const id = Object.keys(cards)[0]!;
    const { fetched, failing, store } = bundle(cards);
    const file = shardFile(shardOf(id, 4));
    failing.add(file);
    expect((await store.cardsFor([id]))[id]).toBeUndefined();
    failing.delete(file);
    expect((await store.cardsFor([id]))[id]).toEqual(cards[id]);
    expect(fetched.filter((f) => f === file)).toHaveLength(2);
  });

  it('has no cards when the index cannot be fetched, and tries it again next time', async () => {
    const cards = manyCards(20);
    const { fetched, failing, store } = bundle(cards);
    failing.add(CARDS_FILE);
    expect(await store.cardsFor(['x'])).toEqual({});
    failing.delete(CARDS_FILE);
    expect(await store.cardsFor(['x'])).toEqual(cards);
    expect(fetched).toEqual([CARDS_FILE, CARDS_FILE]);
  });

  it('has no cards when the index is damaged', async () => {
    const store = createCardStore(async () => ({ oops: true }));
    expect(await store.cardsFor(['a'])).toEqual({});
  });
});
