import { beforeEach, describe, expect, it } from 'vitest';
import { ChecklistStore, parseEntry, serializeEntry, storageKey, type StorageLike } from './checklist-store';
import { deriveItemId } from '../checklist-ids';

/** An in-memory Storage whose writes can be made to fail like a full quota. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  quotaLeft = Infinity;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quotaLeft) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const ITEMS = ['a', 'b', 'c'];

describe('ChecklistStore', () => {
  let storage: FakeStorage;
  let store: ChecklistStore;
  beforeEach(() => {
    storage = new FakeStorage();
    store = new ChecklistStore(() => storage);
  });

  it('saves ticks and reads them back, in the documented shape', () => {
    expect(store.save('lost-phone-now', ['a', 'c'])).toBe(true);
    expect(JSON.parse(storage.getItem('wallet-help:checklist:lost-phone-now')!)).toEqual({ v: 1, ticked: ['a', 'c'] });
    expect(store.load('lost-phone-now', ITEMS)).toEqual({ ticked: new Set(['a', 'c']), remembered: true });
  });

  it('starts empty for a list never saved', () => {
    expect(store.load('new-list', ITEMS)).toEqual({ ticked: new Set(), remembered: true });
  });

  it('reads corrupt JSON as nothing saved, leaving the other lists alone', () => {
    store.save('other', ['a']);
    storage.data.set(storageKey('broken'), '{"v":1,"ticked":["a"');
    expect(store.load('broken', ITEMS)).toEqual({ ticked: new Set(), remembered: true });
    expect(store.load('other', ITEMS).ticked).toEqual(new Set(['a']));
    // The next tick replaces the damaged entry.
    expect(store.save('broken', ['b'])).toBe(true);
    expect(store.load('broken', ITEMS).ticked).toEqual(new Set(['b']));
  });

  it('reads an entry of an older or unknown version as nothing saved', () => {
    storage.data.set(storageKey('old'), JSON.stringify({ v: 0, ticked: ['a'] }));
    storage.data.set(storageKey('newer'), JSON.stringify({ v: 2, done: { a: true } }));
    storage.data.set(storageKey('bare'), JSON.stringify(['a', 'b']));
    for (const id of ['old', 'newer', 'bare']) expect(store.load(id, ITEMS).ticked, id).toEqual(new Set());
  });

  it('keeps only well-formed ids from an entry with some junk in it', () => {
    storage.data.set(storageKey('x'), JSON.stringify({ v: 1, ticked: ['a', 7, null, '', 'a', 'c'] }));
    expect(store.load('x', ITEMS).ticked).toEqual(new Set(['a', 'c']));
  });

  it('follows a list that changed: removed items drop out, new items start unticked, renamed items reset alone', () => {
    const before = ['冻结账号', '挂失手机卡', '修改密码'].map(deriveItemId);
    store.save('x', before);
    // One item removed, one added, one reworded.
    const after = ['冻结账号', '修改支付密码和登录密码', '报警'].map(deriveItemId);
    const { ticked } = store.load('x', after);
    expect(ticked).toEqual(new Set([deriveItemId('冻结账号')]));
    // The stale ids leave storage on the next write.
    store.save('x', ticked);
    expect(parseEntry(storage.getItem(storageKey('x')))).toEqual([deriveItemId('冻结账号')]);
  });

  it('reports a full quota without throwing and without touching other lists', () => {
    store.save('other', ['a', 'b']);
    storage.quotaLeft = 5;
    expect(store.save('x', ['a'])).toBe(false);
    expect(store.load('other', ITEMS).ticked).toEqual(new Set(['a', 'b']));
    // Unticking everything frees space instead of writing.
    expect(store.clear('other')).toBe(true);
    expect(storage.getItem(storageKey('other'))).toBeNull();
  });

  it('reports storage that cannot be reached at all', () => {
    const blocked = new ChecklistStore(() => null);
    expect(blocked.load('x', ITEMS)).toEqual({ ticked: new Set(), remembered: false });
    expect(blocked.save('x', ['a'])).toBe(false);
    const throwing = new ChecklistStore(() => ({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    }));
    expect(throwing.load('x', ITEMS)).toEqual({ ticked: new Set(), remembered: false });
    expect(throwing.save('x', ['a'])).toBe(false);
    expect(throwing.clear('x')).toBe(false);
  });

  it('knows which storage events concern a list', () => {
    expect(ChecklistStore.concerns(storageKey('x'), 'x')).toBe(true);
    expect(ChecklistStore.concerns(null, 'x')).toBe(true); // storage.clear() in another tab
    expect(ChecklistStore.concerns(storageKey('y'), 'x')).toBe(false);
    expect(ChecklistStore.concerns('something-else', 'x')).toBe(false);
  });
});

describe('entries', () => {
  it('round-trip and deduplicate', () => {
    expect(parseEntry(serializeEntry(['a', 'a', 'b']))).toEqual(['a', 'b']);
  });
  it('treat anything else as nothing saved', () => {
    for (const raw of [null, '', 'null', '42', '"text"', '{}', '{"v":1}', '{"v":1,"ticked":"a"}', '{"v":"1","ticked":[]}']) {
      expect(parseEntry(raw), String(raw)).toBeNull();
    }
  });
});
