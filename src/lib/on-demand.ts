/**
 * Code loaded when a reader first needs it (`import()`), which may fail: offline, or a dropped
 * connection. A failed load is forgotten, so the next call loads again. Chromium keeps a failed
 * module in its module map for the life of the page, so an `import()` of the same address fails
 * again without asking the network (whatwg/html#6768; Firefox and WebKit now ask again): after a
 * failure the address the error names is imported again with a fragment, a new entry in the
 * module map but the same request, which the browser's cache and the offline worker answer as usual.
 * Kept to a few lines: it loads with the code that uses it, before the reader does anything.
 */

/** The address of the module a failed `import()` names at the end of its error (Chromium, Firefox), if any. */
export function failedModuleUrl(error: unknown): string | undefined {
  return /\w+:\/\/\S+$/.exec(String((error as Error | undefined)?.message))?.[0];
}

/** `load` once; after a failure, the next call loads again. */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let next = load;
  return () =>
    (pending ??= next().catch((error: unknown) => {
      pending = undefined;
      const url = failedModuleUrl(error);
      if (url) next = () => import(/* @vite-ignore */ `${url}#${Date.now()}`) as Promise<T>;
      throw error;
    }));
}
