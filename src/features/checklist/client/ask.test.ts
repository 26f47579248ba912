import { describe, expect, it } from 'vitest';
import { ask } from './ask';

/** Enough of a <dialog> for `ask`: it fires `close` later, as a task, as browsers do. */
class FakeDialog extends EventTarget {
  open = false;
  returnValue = '';
  showModal() {
    this.open = true;
  }
  close(value: string) {
    this.open = false;
    this.returnValue = value;
    setTimeout(() => this.dispatchEvent(new Event('close')));
  }
}

const asDialog = (d: FakeDialog) => d as unknown as HTMLDialogElement;

describe('ask', () => {
  it('answers with the value of the button that closed the dialog', async () => {
    const dialog = new FakeDialog();
    const answer = ask(asDialog(dialog), () => 'fallback');
    dialog.close('confirm');
    expect(await answer).toBe('confirm');
  });

  it('is not answered by the close of the question before it, fired after the dialog opened again', async () => {
    const dialog = new FakeDialog();
    const first = ask(asDialog(dialog), () => '');
    dialog.close(''); // Escape: its close event is still to come
    const second = ask(asDialog(dialog), () => '');
    await expect(first).resolves.toBe('');
    let settled = false;
    void second.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    expect(dialog.open).toBe(true);
    dialog.close('confirm');
    expect(await second).toBe('confirm');
  });

  it('falls back where <dialog> is missing', async () => {
    expect(await ask(null, () => 'confirm')).toBe('confirm');
  });
});
