/**
 * The reader's text-size preference (长辈模式). Stored as one string under one key; anything else
 * found there (an old format, a typo, corrupt data) reads as the normal size. `public/text-size.js`
 * applies it before the first paint and must use the same key and value.
 */
export const TEXT_SIZE_KEY = 'help.textSize';
export const LARGE = 'large';
/** The class on <html> that switches the large-text styles on. */
export const LARGE_CLASS = 'large-text';

export type TextSize = 'large' | 'normal';

export function parseTextSize(raw: unknown): TextSize {
  return raw === LARGE ? 'large' : 'normal';
}

/** Reads the preference; storage that throws reads as normal. */
export function readTextSize(storage: Pick<Storage, 'getItem'> | undefined): TextSize {
  try {
    return parseTextSize(storage?.getItem(TEXT_SIZE_KEY));
  } catch {
    return 'normal';
  }
}

/** Saves the preference; returns false when storage refused (the switch still works for this visit). */
export function writeTextSize(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, size: TextSize): boolean {
  try {
    if (!storage) return false;
    if (size === 'large') storage.setItem(TEXT_SIZE_KEY, LARGE);
    else storage.removeItem(TEXT_SIZE_KEY);
    return true;
  } catch {
    return false;
  }
}
