/**
 * Runs the typing tables' step (typing-files.ts) in a worker thread (typing-worker.ts). OpenCC,
 * pinyin-pro and their work on the whole CJK range took about 0.5 s of a 7 s build on the main
 * thread; started when the build starts, the worker does it beside Astro's bundling and rendering,
 * and writes the tables beside Pagefind's indexing. The main thread never loads either library.
 */
import { Worker } from 'node:worker_threads';

/** What the main thread sends: where the pages are and where the search bundle goes (file URLs). */
export interface TypingRequest {
  dir: string;
  outDir: string;
}

/** What the worker answers: the line for the build log, or why it failed. */
export type TypingReply = { line: string; error?: undefined } | { error: string; line?: undefined };

export interface TypingThread {
  /** Writes the tables once the pages (and their words file) are built; resolves with the log line. */
  write(dir: URL, outDir: URL): Promise<string>;
  /** Ends the worker. */
  stop(): Promise<void>;
}

export function startTypingThread(): TypingThread {
  const worker = new Worker(new URL('./typing-worker.ts', import.meta.url));
  // A build that fails before its end exits without waiting for the worker.
  worker.unref();
  let stopping = false;
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', (error: unknown) =>
      reject(new Error(`typing tables: ${error instanceof Error ? error.message : String(error)}`, { cause: error })),
    );
    worker.once('exit', (code) => {
      if (!stopping) reject(new Error(`typing tables: the worker thread ended early (exit code ${code})`));
    });
  });
  // Read by `write`; a worker that fails before anything is asked of it must not crash the build there.
  stopped.catch(() => {});
  return {
    write(dir, outDir) {
      // From now on the build waits for its answer, whatever else is still running.
      worker.ref();
      const answer = new Promise<string>((resolve, reject) => {
        worker.once('message', (reply: TypingReply) => (reply.error === undefined ? resolve(reply.line) : reject(new Error(reply.error))));
      });
      worker.postMessage({ dir: dir.href, outDir: outDir.href } satisfies TypingRequest);
      return Promise.race([answer, stopped]);
    },
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}
