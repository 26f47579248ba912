/**
 * The worker thread that writes the typing tables (typing-thread.ts starts it when the build
 * starts). It loads OpenCC and pinyin-pro and does the work that depends on them alone
 * (`prepareTypingData`) while the main thread bundles and renders the site; when the pages are
 * built, it is told where they are and writes the tables from the site's words (typing-files.ts).
 * Plain Node loads this file, as it does the Astro config: imports keep their extensions.
 */
import { parentPort } from 'node:worker_threads';
import { vocabulary } from './search-vocabulary.ts';
import { writeTypingFiles } from './typing-files.ts';
import { prepareTypingData } from './typing-tables.ts';
import type { TypingReply, TypingRequest } from './typing-thread.ts';

const port = parentPort;
if (!port) throw new Error('typing-worker.ts runs as a worker thread: start it with startTypingThread() (typing-thread.ts)');

prepareTypingData();
port.on('message', ({ dir, outDir }: TypingRequest) => {
  const reply = (message: TypingReply) => port.postMessage(message);
  writeTypingFiles(new URL(dir), new URL(outDir), vocabulary).then(
    (line) => reply({ line }),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
