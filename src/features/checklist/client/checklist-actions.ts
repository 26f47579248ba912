/**
 * A checklist's 重新开始, 打印清单 and 复制给帮你的人: loaded by help-checklist.ts when the reader
 * reaches for one of them (a tap or keyboard focus on the buttons), not with the page, since most
 * readers only tick. Their interface text comes with them (i18n/on-demand/).
 */
import { loadUi } from '../../../i18n/load-ui';
import { formatSummary } from '../checklist-summary';
import { ask } from './ask';
import { dialogIn } from './checklist-dialogs';
import { printOnly } from './print';

const t = await loadUi('checklist');

/** What an action needs of the <help-checklist> element it acts on. */
export interface ChecklistHost {
  element: HTMLElement;
  inputs: readonly HTMLInputElement[];
  /** Saves the ticks as they are now and updates the progress line. */
  save(): void;
  /** Shows and announces `text` in the list's status line. */
  say(text: string): void;
}

export type ChecklistAction = 'reset' | 'print' | 'copy';

export function runAction(action: ChecklistAction, host: ChecklistHost): Promise<void> {
  return action === 'reset' ? reset(host) : action === 'print' ? print(host) : copy(host);
}

async function reset(host: ChecklistHost) {
  const answer = await ask(dialogIn(host.element, 'reset', t), () => (window.confirm(t('checklist.resetTitle')) ? 'confirm' : ''));
  if (answer !== 'confirm') return;
  for (const input of host.inputs) input.checked = false;
  host.save();
  host.say(t('checklist.resetDone'));
}

async function print(host: ChecklistHost) {
  const answer = await ask(dialogIn(host.element, 'print', t), () => 'ticked');
  if (answer) printOnly(host.element, answer === 'blank');
}

async function copy({ element, inputs, say }: ChecklistHost) {
  const text = formatSummary(
    {
      title: element.dataset['title'] ?? '',
      articleTitle: element.dataset['article'],
      url: element.dataset['url'] ?? location.href,
      items: inputs.map((input) => ({
        text: (input.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        done: input.checked,
      })),
    },
    t,
  );
  const fallback = element.querySelector<HTMLElement>('[data-copy-fallback]')!;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    fallback.hidden = true;
    say(t('checklist.copied'));
  } catch {
    // In-app browsers often refuse the clipboard: show the text, selected, for the reader to copy.
    const box = fallback.querySelector('textarea')!;
    box.value = text;
    fallback.hidden = false;
    box.focus();
    box.select();
    say(t('checklist.copyFallback'));
  }
}
