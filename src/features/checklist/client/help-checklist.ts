/**
 * <help-checklist>: enhances the server-rendered checklist (Checklist.astro). On load it restores
 * the reader's saved ticks, saves each change and shows progress; its reset, print and copy
 * buttons load their code (checklist-actions.ts) when the reader reaches for them.
 */
import { ChecklistStore } from './checklist-store';
import { formatProgress } from '../checklist-progress';
import { readUi } from '../../../i18n/client';
import type { Translate } from '../../../i18n/zh-CN';
import { canPrint } from './can-print';
import { onDemand } from '../../../lib/on-demand';
import type { ChecklistAction } from './checklist-actions';

const store = new ChecklistStore();

type Actions = typeof import('./checklist-actions');
/** The actions' module, loaded once; after a failed load (offline) the next tap tries again. */
const loadActions = onDemand<Actions>(() => import('./checklist-actions'));

const ACTIONS: readonly string[] = ['reset', 'print', 'copy'] satisfies ChecklistAction[];

class HelpChecklist extends HTMLElement {
  /** Interface text, from this element's data-ui (read on connect: attributes may not exist earlier). */
  #t: Translate = (key) => key;
  #inputs: HTMLInputElement[] = [];
  /** Set once a save fails: from then on this page's ticks are the truth, not what storage holds. */
  #unsaved = false;
  #onStorage = (event: StorageEvent) => {
    if (ChecklistStore.concerns(event.key, this.id)) this.#restore();
  };
  #onPageShow = () => this.#restore();

  connectedCallback() {
    this.#t = readUi(this);
    window.addEventListener('storage', this.#onStorage);
    // After back/forward (also from the back-forward cache) another tab may have changed the list.
    window.addEventListener('pageshow', this.#onPageShow);
    // Reconnecting (the element was moved) must not wire the element a second time.
    if (this.#inputs.length) return this.#restore();
    this.#inputs = [...this.querySelectorAll<HTMLInputElement>('input.checklist-input')];
    this.addEventListener('change', (event) => {
      if ((event.target as Element).matches('input.checklist-input')) this.#save();
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
      if (action && ACTIONS.includes(action)) void this.#run(action as ChecklistAction);
    });
    // The buttons need this script, so they stay hidden and disabled until it runs.
    const buttons = this.#part('actions');
    for (const button of buttons.querySelectorAll<HTMLButtonElement>('button')) {
      button.disabled = false;
      if (button.dataset['action'] === 'print') button.hidden = !canPrint();
    }
    buttons.hidden = false;
    // Start loading the actions as the finger or the focus reaches a button, ahead of the click.
    const early = () => void loadActions().catch(() => undefined);
    buttons.addEventListener('pointerdown', early, { once: true });
    buttons.addEventListener('focusin', early, { once: true });
    this.#restore();
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #ids(which: 'all' | 'ticked'): string[] {
    return this.#inputs.filter((i) => which === 'all' || i.checked).map((i) => i.dataset['itemId']!);
  }

  #restore() {
    if (this.#unsaved) return;
    const { ticked, remembered } = store.load(this.id, this.#ids('all'));
    if (remembered) for (const input of this.#inputs) input.checked = ticked.has(input.dataset['itemId']!);
    this.#part('storage-note').hidden = remembered;
    this.#showProgress();
  }

  #save() {
    // A later save that succeeds writes the whole list, so storage is in step again.
    this.#unsaved = !store.save(this.id, this.#ids('ticked'));
    this.#part('storage-note').hidden = !this.#unsaved;
    this.#showProgress();
  }

  #showProgress() {
    const text = formatProgress(this.#ids('ticked').length, this.#inputs.length, this.#t);
    // Rewriting the same text would make some screen readers announce it again.
    const line = this.#part('progress');
    if (line.textContent !== text) line.textContent = text;
  }

  #say(text: string) {
    this.#part('status').textContent = text;
  }

  async #run(action: ChecklistAction) {
    let module: Actions;
    try {
      module = await loadActions();
    } catch {
      this.#say(this.#t('checklist.actionFailed'));
      return;
    }
    await module.runAction(action, {
      element: this,
      inputs: this.#inputs,
      save: () => this.#save(),
      say: (text) => this.#say(text),
    });
  }
}

if (!customElements.get('help-checklist')) customElements.define('help-checklist', HelpChecklist);
