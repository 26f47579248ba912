/**
 * The one module that reads and writes a reader's checklist progress.
 *
 * Stored shape: one localStorage entry per checklist, so a damaged entry can only ever cost the
 * ticks of that one list.
 *
 *   key    "wallet-help:checklist:<checklist id>"            e.g. wallet-help:checklist:lost-phone-now
 *   value  {"v":1,"ticked":["t-0yd0add","call-95017"]}      JSON; `ticked` holds item ids, no text
 *
 * Nothing personal is stored: only which item ids are ticked. Ids come from the build step
 * (src/features/checklist/checklist-ids.ts): an author's `[#id]`, or a hash of the item's text.
 *
 * Lifecycle: an entry is written on every tick and untick, removed by 重新开始 (reset), and never
 * expires; a reader forgets it by clearing the site's data. Other tabs learn of a change through the
 * browser's `storage` event and re-read.
 *
 * When a list changes in a new build: reading takes the ids the page has now. Ticked ids that no
 * longer exist (an item removed, or its text edited so its id changed) are dropped; new items start
 * unticked; every other tick is kept. The stale ids leave storage on the next write.
 *
 * Versions: `v` is bumped whenever the shape changes. An entry with another version, a wrong shape
 * or broken JSON reads as "nothing saved" for that list alone, and the next write replaces it.
 *
 * Failures: storage that is missing or whose getter throws (blocked cookies, some private modes),
 * reads that throw, and writes that throw (quota exceeded) are caught. The caller is told that
 * the list cannot be remembered, keeps working for the visit, and never loses other lists' entries.
 */

/** The version written now. */
export const STORE_VERSION = 1;

/** Prefix of every entry this site writes, so entries never collide with anything else. */
export const KEY_PREFIX = 'wallet-help:checklist:';

/** The subset of the Web Storage API the store uses; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The entry as stored. */
export interface StoredChecklist {
  v: typeof STORE_VERSION;
  ticked: string[];
}

/** What a read gives the page. */
export interface LoadResult {
  /** Ticked item ids that exist on the page now. */
  ticked: Set<string>;
  /** False when storage could not be read at all: the list cannot be remembered this visit. */
  remembered: boolean;
}

/** The storage key of a checklist. */
export function storageKey(checklistId: string): string {
  return KEY_PREFIX + checklistId;
}

/**
 * Parses a stored entry. Returns the ticked ids, or null when the text is missing, not JSON, of
 * another version or the wrong shape. Never throws.
 */
export function parseEntry(raw: string | null): string[] | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  if (entry['v'] !== STORE_VERSION || !Array.isArray(entry['ticked'])) return null;
  const ticked = entry['ticked'].filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 64);
  return [...new Set(ticked)];
}

/** The JSON text stored for a set of ticked ids. */
export function serializeEntry(ticked: Iterable<string>): string {
  const entry: StoredChecklist = { v: STORE_VERSION, ticked: [...new Set(ticked)] };
  return JSON.stringify(entry);
}

/** The browser's localStorage, or null where merely touching it throws (blocked storage). */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads and writes checklist progress; every method catches storage failures and reports them. */
export class ChecklistStore {
  constructor(private readonly getStorage: () => StorageLike | null = browserStorage) {}

  /**
   * The ticked ids of `checklistId` among `itemIds` (the items on the page now).
   * Unknown ids are dropped; a damaged entry reads as nothing ticked.
   */
  load(checklistId: string, itemIds: Iterable<string>): LoadResult {
    const storage = this.getStorage();
    if (!storage) return { ticked: new Set(), remembered: false };
    let raw: string | null;
    try {
      raw = storage.getItem(storageKey(checklistId));
    } catch {
      return { ticked: new Set(), remembered: false };
    }
    const known = new Set(itemIds);
    const ticked = (parseEntry(raw) ?? []).filter((id) => known.has(id));
    return { ticked: new Set(ticked), remembered: true };
  }

  /** Saves the ticked ids; returns false when they could not be saved (no storage, quota exceeded). */
  save(checklistId: string, ticked: Iterable<string>): boolean {
    const storage = this.getStorage();
    if (!storage) return false;
    const list = [...ticked];
    try {
      // An empty list needs no entry; removing it also frees space when the quota is tight.
      if (list.length === 0) storage.removeItem(storageKey(checklistId));
      else storage.setItem(storageKey(checklistId), serializeEntry(list));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets a checklist's ticks; returns false when storage refused. */
  clear(checklistId: string): boolean {
    return this.save(checklistId, []);
  }

  /** Whether a `storage` event with this key concerns the checklist (null: all storage was cleared). */
  static concerns(eventKey: string | null, checklistId: string): boolean {
    return eventKey === null || eventKey === storageKey(checklistId);
  }
}
