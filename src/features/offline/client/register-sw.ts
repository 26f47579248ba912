/**
 * Registers the service worker after the page has loaded, so it never competes with the page
 * itself on a slow network. Browsers without service workers simply stay online-only.
 */
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Offline reading is an extra; a failed registration must not disturb the page.
    });
  });
}
