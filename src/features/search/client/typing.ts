/**
 * Calls `onText` each time the reader changes the text of `field`, but not while an input method is
 * composing: during pinyin input the field holds Latin letters that are not yet the reader's words,
 * so searching them would show results for the wrong thing. The end of the composition delivers the
 * characters. The header's list and the search page both search as the reader types, through this.
 */
export function onTyped(field: HTMLInputElement, onText: () => void): void {
  field.addEventListener('input', (e) => {
    if (!(e instanceof InputEvent && e.isComposing)) onText();
  });
  field.addEventListener('compositionend', onText);
}
