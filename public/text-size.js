// Runs before the page is drawn, so a reader who chose large text never sees the small size first.
// Kept tiny and blocking on purpose; src/features/text-size/client/text-size-toggle.ts owns the switch itself.
try {
  if (localStorage.getItem('help.textSize') === 'large') document.documentElement.classList.add('large-text');
} catch (e) {
  // Storage unavailable (private mode, blocked): the page stays at the normal size.
}
