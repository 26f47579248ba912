/**
 * Asks the reader a question in a native `<dialog>` whose buttons sit in a `<form method="dialog">`,
 * and resolves with the value of the button pressed ('' for Escape or 取消). Where `<dialog>` is not
 * supported (old in-app browsers), resolves with `fallback()` instead.
 */
export function ask(dialog: HTMLDialogElement | null, fallback: () => string): Promise<string> {
  if (!dialog || typeof dialog.showModal !== 'function') return Promise.resolve(fallback());
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.showModal();
  });
}
