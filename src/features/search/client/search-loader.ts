/**
 * The only script on an ordinary page, kept tiny on purpose. It loads the real search code the
 * first time a reader focuses a search field (or presses / or Ctrl/Cmd+K to get there), and the
 * article highlighter only when the page was opened from a search result (?highlight=…).
 */

const FIELD = 'search-combobox input[name="q"]';

let combobox: Promise<unknown> | undefined;
function loadCombobox() {
  combobox ??= import('./search-combobox').catch(() => {
    // Offline or a dropped connection: the field still submits to /search/ as a plain form, and
    // the next focus tries again. (Chromium answers that from its module map, failed, until the
    // page is reloaded; src/lib/on-demand.ts gets around that, but here every page would carry it.)
    combobox = undefined;
  });
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('focusin', (event) => {
  if (event.target instanceof Element && event.target.matches(FIELD)) loadCombobox();
});
// A reader on a slow phone can tap the field and type before this module has run (it is a module
// script, run after the page has parsed): that focus came before the listener above, so without
// this the results never came until the field was left and focused again.
if (document.activeElement?.matches(FIELD)) loadCombobox();

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !ctrlK) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

if (new URLSearchParams(location.search).has('highlight')) void import('./article-highlight');
