/**
 * FNV-1a, 32 bits: a small, fast, well-spread hash that needs no library and gives the same number
 * in the build and in the browser. Two features rely on it never changing: checklist item ids (the
 * keys of readers' saved ticks) and the result-card shard a page's card is written to and read from.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

let encoder: TextEncoder | undefined;

/** The 32-bit FNV-1a hash of the UTF-8 bytes of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  encoder ??= new TextEncoder();
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, PRIME) >>> 0;
  }
  return hash;
}
