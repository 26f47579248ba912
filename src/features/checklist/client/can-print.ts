/**
 * Whether this browser can print at all (some in-app browsers have no print()): decides, as a page's
 * script starts, whether to show a print button. The printing itself (print.ts) loads when used.
 */
export function canPrint(): boolean {
  return typeof window.print === 'function';
}
