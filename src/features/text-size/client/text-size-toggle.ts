import { LARGE_CLASS, readTextSize, writeTextSize, type TextSize } from '../text-size';

/**
 * <text-size-toggle>: the 长辈模式 switch. The button is rendered hidden (it needs JS); this
 * element shows it, reflects the current size in aria-pressed and remembers the choice.
 */
class TextSizeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    if (this.#button) return; // connected twice (moved in the DOM): already set up
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    const storage = safeStorage();
    const apply = (size: TextSize) => {
      document.documentElement.classList.toggle(LARGE_CLASS, size === 'large');
      this.#button!.setAttribute('aria-pressed', String(size === 'large'));
    };
    apply(readTextSize(storage));
    this.#button.hidden = false;
    this.#button.addEventListener('click', () => {
      const next: TextSize = document.documentElement.classList.contains(LARGE_CLASS) ? 'normal' : 'large';
      apply(next);
      writeTextSize(storage, next);
    });
    // Another tab changed it: follow, so all open pages agree.
    addEventListener('storage', () => apply(readTextSize(storage)));
  }
}

/** localStorage, or undefined where merely touching it throws (some privacy modes). */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

if (!customElements.get('text-size-toggle')) customElements.define('text-size-toggle', TextSizeToggle);
