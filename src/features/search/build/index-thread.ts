/**
 * Runs the search files' step (search-files.ts) in a worker thread (index-worker.ts), started when
 * the build starts. Reading the articles, making Pagefind's documents and the typing tables (OpenCC
 * and pinyin-pro over the whole CJK range) and indexing took about 0.6 s of the main thread, in
 * the render and at the end of the build; the worker does it all beside Astro's start-up
 * (pagefind-integration.ts says why there), and the end of the build only writes the files. The main thread never loads
 * OpenCC, pinyin-pro or Pagefind.
 */
import { Worker } from 'node:worker_threads';
// Only the folders' names: the main thread must not load what the worker does (Pagefind, OpenCC…).
import { CONTENT_DIRS, type ArticleDirs } from '../../../content/content-dirs.ts';

/** What the main thread sends: where the built site is (a file URL). */
export interface IndexRequest {
  dir: string;
}

/** What the worker answers: the lines for the build log, or why it failed. */
export type IndexReply = { lines: string[]; error?: undefined } | { error: string; lines?: undefined };

export interface IndexThread {
  /** Writes the search files into the built site at `dir` once they are made; resolves with the log lines. */
  write(dir: URL): Promise<string[]>;
  /** Ends the worker. */
  stop(): Promise<void>;
}

export function startIndexThread(dirs: ArticleDirs = CONTENT_DIRS): IndexThread {
  const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: dirs });
  // A build that fails before its end exits without waiting for the worker.
  worker.unref();
  let stopping = false;
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', (error: unknown) =>
      reject(new Error(`search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error })),
    );
    worker.once('exit', (code) => {
      if (!stopping) reject(new Error(`search index: the worker thread ended early (exit code ${code})`));
    });
  });
  // Read by `write`; a worker that fails before anything is asked of it must not crash the build there.
  stopped.catch(() => {});
  return {
    write(dir) {
      // From now on the build waits for its answer, whatever else is still running.
      worker.ref();
      const answer = new Promise<string[]>((resolve, reject) => {
        worker.once('message', (reply: IndexReply) =>
          reply.error === undefined ? resolve(reply.lines) : reject(new Error(`search index: ${reply.error}`)),
        );
      });
      worker.postMessage({ dir: dir.href } satisfies IndexRequest);
      return Promise.race([answer, stopped]);
    },
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}
