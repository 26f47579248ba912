import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startIndexThread } from './index-thread';
import { makeSearchFiles, writeOutputFiles } from './search-files';

/** An empty folder standing for the built site, as a file URL ending in `/`. */
const emptySite = () => pathToFileURL(`${mkdtempSync(join(tmpdir(), 'index-thread-'))}/`);

/** Every file under a folder URL with its bytes (base64), by path. */
function filesIn(dir: URL): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.pathname.length), readFileSync(path).toString('base64')];
      }),
  );
}

describe('the search files in a worker thread', () => {
  const thread = startIndexThread();
  afterAll(() => thread.stop());

  it('writes the same files as the step run on the main thread: both bundles and the typing tables', async () => {
    const inWorker = emptySite();
    const inProcess = emptySite();
    const lines = await thread.write(inWorker);
    const made = await makeSearchFiles();
    await writeOutputFiles(inProcess, made.files);
    expect(lines).toEqual(made.lines);
    const written = filesIn(inWorker);
    for (const file of [
      'pagefind/pagefind-entry.json',
      'pagefind/result-cards.json',
      'pagefind/typing.json',
      'en/pagefind/pagefind-entry.json',
    ]) {
      expect(Object.keys(written)).toContain(file);
    }
    expect(Object.keys(written).some((f) => /pagefind-(ui|worker)\./.test(f))).toBe(false);
    expect(written).toEqual(filesIn(inProcess));
  });

  it("passes the step's error on, naming the folder it could not read", async () => {
    const broken = startIndexThread({ articles: './no-such-folder', enArticles: './content/en/articles' });
    try {
      await expect(broken.write(emptySite())).rejects.toThrow(/search index: .*no-such-folder/);
    } finally {
      await broken.stop();
    }
  });
});
