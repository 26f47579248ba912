/**
 * Asks the reader a question in a native `<dialog>` whose buttons sit in a `<form method="dialog">`,
 * and resolves with the value of the button pressed ('' for Escape or 取消). Where `<dialog>` is not
 * supported (old in-app browsers), resolves with `fallback()` instead.
 *
 * The dialog is reused, and the browser fires `close` as a task after closing it, which Chromium
 * may run after a key the reader pressed later: a reader who presses Escape and at once opens the
 * dialog again could have the new question answered by the last one's `close`, and the button then
 * pressed would do nothing. So a question waits for the one before it on the same dialog.
 */
const unanswered = new WeakMap<HTMLDialogElement, Promise<string>>();

export function ask(dialog: HTMLDialogElement | null, fallback: () => string): Promise<string> {
  if (!dialog || typeof dialog.showModal !== 'function') return Promise.resolve(fallback());
  const before = unanswered.get(dialog);
  const answer = before ? before.then(() => show(dialog)) : show(dialog);
  unanswered.set(dialog, answer);
  void answer.then(() => {
    if (unanswered.get(dialog) === answer) unanswered.delete(dialog);
  });
  return answer;
}

/** Opens the dialog; resolves with the value it closes with. */
function show(dialog: HTMLDialogElement): Promise<string> {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.showModal();
  });
}
