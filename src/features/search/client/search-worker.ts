/**
 * The search page's search worker: the whole query pipeline (the word segmenter, the query plan,
 * the typing checks and tables, Pagefind and its WebAssembly, merging, result cards and excerpts)
 * runs here, and the page only renders the answer. On the main thread, that work held a slow
 * phone's page for most of a second after it loaded (Lighthouse's total blocking time,
 * bench/RESULTS.md); the segmenter's first use alone is one task of about 160 ms at 4× CPU that
 * cannot be split. Pagefind runs inside this worker (it starts no worker of its own in a worker),
 * so its own worker script is not downloaded either. Started by search-remote.ts.
 */
import type { SearchLang } from '../query/search-bundles';
import type { SearchAnswer, SearchCall } from './search-calls';

/** The worker's global scope (the project's types are the DOM's, whose `self` is a window). */
const scope = self as unknown as {
  postMessage(message: SearchAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchCall>) => void): void;
};

const engines: Record<SearchLang, () => Promise<typeof import('./search-zh')>> = {
  'zh-CN': () => import('./search-zh'),
  en: () => import('./search-en'),
};

/**
 * Pagefind takes its language from `document.querySelector('html').getAttribute('lang')` (it word-
 * segments Chinese queries only for a Chinese language), and a worker has no document. This shows
 * it the page's language, the one it reads on the page, for every bundle (search-bundles.ts).
 */
let pageLang = 'zh-CN';
const html = { getAttribute: (name: string) => (name === 'lang' ? pageLang : null) };
Object.defineProperty(scope, 'document', { value: { querySelector: (selector: string) => (selector === 'html' ? html : null) } });

scope.addEventListener('message', (event) => {
  const { id, lang, query, options } = event.data;
  pageLang = event.data.pageLang;
  const reply = (answer: SearchAnswer) => scope.postMessage(answer);
  engines[lang]()
    .then((engine) => engine.search(query, options))
    .then(
      (response) => reply({ id, response }),
      (error: unknown) => reply({ id, error: String(error) }),
    );
});
