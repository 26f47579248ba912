/**
 * Printing a chosen part of a page. Print styles (src/styles/global.css) hide `.print-hide` and,
 * under `html.print-blank`, leave every printed box empty. Both are undone after printing, so the
 * browser's own 打印 menu prints the whole page as usual.
 */

let undo: (() => void) | undefined;

/** Undoes the last `printOnly` (also called before each new print). */
export function endPrint(): void {
  undo?.();
  undo = undefined;
}

/**
 * Prints `target` alone (every sibling of it and of its ancestors is hidden), or the whole page when
 * `target` is null; `blank` prints every box empty, whatever is ticked.
 */
export function printOnly(target: Element | null, blank: boolean): void {
  endPrint();
  const hidden: Element[] = [];
  for (let el = target; el && el !== document.body && el.parentElement; el = el.parentElement) {
    for (const sibling of el.parentElement.children) {
      if (sibling !== el && !sibling.classList.contains('print-hide')) {
        sibling.classList.add('print-hide');
        hidden.push(sibling);
      }
    }
  }
  const root = document.documentElement;
  root.classList.toggle('print-blank', blank);
  undo = () => {
    for (const el of hidden) el.classList.remove('print-hide');
    root.classList.remove('print-blank');
  };
  // Some browsers return from print() at once and print later: undo only once printing is over.
  window.addEventListener('afterprint', endPrint, { once: true });
  window.print();
}
