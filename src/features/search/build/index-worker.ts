/**
 * The worker thread that makes the search files (index-thread.ts starts it when the build starts).
 * It reads the articles, has Pagefind index them and makes the typing tables (search-files.ts)
 * while the main thread builds the site; when the pages are built, it is told where
 * they are and writes the files there. Plain Node loads this file, as it does the Astro config:
 * imports keep their extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleDirs } from '../../../content/content-dirs.ts';
import { makeSearchFiles, writeOutputFiles } from './search-files.ts';
import type { IndexReply, IndexRequest } from './index-thread.ts';

const port = parentPort;
if (!port) throw new Error('index-worker.ts runs as a worker thread: start it with startIndexThread() (index-thread.ts)');

const made = makeSearchFiles(workerData as ArticleDirs);
made.catch(() => {}); // a failure is the answer to the request below, never a crash before it
port.on('message', ({ dir }: IndexRequest) => {
  const reply = (message: IndexReply) => port.postMessage(message);
  made
    .then(async ({ files, lines }) => {
      await writeOutputFiles(new URL(dir), files);
      return lines;
    })
    .then(
      (lines) => reply({ lines }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
});
