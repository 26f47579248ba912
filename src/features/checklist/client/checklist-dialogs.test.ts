import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { dialogIn } from './checklist-dialogs';
import { translate } from '../../../i18n/zh-CN';
import { uiFor } from '../../../i18n/ui';

const translateEn = uiFor('en').translate;

let host: HTMLElement;
beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><help-checklist id="list"></help-checklist></body></html>');
  vi.stubGlobal('document', document);
  host = document.getElementById('list') as unknown as HTMLElement;
});
afterEach(() => vi.unstubAllGlobals());

const buttons = (dialog: HTMLDialogElement) =>
  [...dialog.querySelectorAll('form[method="dialog"] button[type="submit"]')].map((b) => ({
    value: b.getAttribute('value'),
    text: b.textContent,
    focus: b.hasAttribute('autofocus'),
  }));

it('builds the reset question once, named by its title, with 取消 focused first', () => {
  const dialog = dialogIn(host, 'reset', translate);
  expect(dialogIn(host, 'reset', translate)).toBe(dialog);
  expect(host.querySelectorAll('dialog')).toHaveLength(1);
  const title = host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
  expect(title?.textContent).toBe(translate('checklist.resetTitle'));
  expect(dialog.textContent).toContain(translate('checklist.resetBody'));
  expect(buttons(dialog)).toEqual([
    { value: 'confirm', text: translate('checklist.resetConfirm'), focus: false },
    { value: '', text: translate('checklist.cancel'), focus: true },
  ]);
});

it('builds the print question beside it, in the language it is given, with unique title ids', () => {
  const reset = dialogIn(host, 'reset', translateEn);
  const print = dialogIn(host, 'print', translateEn);
  expect(print).not.toBe(reset);
  expect(print.getAttribute('aria-labelledby')).not.toBe(reset.getAttribute('aria-labelledby'));
  expect(host.querySelector(`#${print.getAttribute('aria-labelledby')}`)?.textContent).toBe(translateEn('checklist.printTitle'));
  expect(buttons(print).map((b) => [b.value, b.text])).toEqual([
    ['ticked', translateEn('checklist.printTicked')],
    ['blank', translateEn('checklist.printBlank')],
    ['', translateEn('checklist.cancel')],
  ]);
});
