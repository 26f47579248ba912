/**
 * The reset and print questions, as native <dialog>s built when first asked (ask.ts opens them).
 * Only a script can open them, so they are not in the page's HTML: pages without JavaScript have
 * no buttons that ask, and pages with it download the markup only when a reader presses one.
 */
import type { ClientT } from '../../../i18n/client';

export type DialogKind = 'reset' | 'print';

/** Buttons of each question: the value `ask` resolves with, its text, and whether it is the solid one. */
const BUTTONS: Record<DialogKind, { value: string; key: Parameters<ClientT>[0]; solid?: true; focus?: true }[]> = {
  reset: [
    { value: 'confirm', key: 'checklist.resetConfirm', solid: true },
    // Focus starts on 取消: clearing every tick cannot be undone.
    { value: '', key: 'checklist.cancel', focus: true },
  ],
  print: [
    { value: 'ticked', key: 'checklist.printTicked', solid: true },
    { value: 'blank', key: 'checklist.printBlank' },
    { value: '', key: 'checklist.cancel' },
  ],
};

const TEXT = {
  reset: { title: 'checklist.resetTitle', body: 'checklist.resetBody' },
  print: { title: 'checklist.printTitle', body: 'checklist.printBody' },
} as const;

let made = 0;

/** An element with classes and text (text only, never HTML). */
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, textContent = '') =>
  Object.assign(document.createElement(tag), { className, textContent });

/** The `kind` question inside `host`, made and appended on first use. */
export function dialogIn(host: Element, kind: DialogKind, t: ClientT): HTMLDialogElement {
  const existing = host.querySelector<HTMLDialogElement>(`:scope > dialog[data-dialog="${kind}"]`);
  if (existing) return existing;
  const dialog = make('dialog', 'dialog');
  dialog.setAttribute('data-dialog', kind);
  const title = make('h2', 'text-lg font-bold', t(TEXT[kind].title));
  title.id = `checklist-dialog-${++made}`;
  dialog.setAttribute('aria-labelledby', title.id);
  const form = make('form', '');
  form.setAttribute('method', 'dialog');
  const row = make('div', 'mt-4 flex flex-wrap gap-2');
  for (const { value, key, solid, focus } of BUTTONS[kind]) {
    const button = make(
      'button',
      solid ? 'btn btn-solid hover:bg-brand-800' : 'btn btn-outline hover:bg-brand-50 dark:hover:bg-slate-800',
      t(key),
    );
    button.setAttribute('type', 'submit');
    button.setAttribute('value', value);
    if (focus) button.setAttribute('autofocus', '');
    row.append(button);
  }
  form.append(title, make('p', 'mt-2', t(TEXT[kind].body)), row);
  dialog.append(form);
  host.append(dialog);
  return dialog;
}
