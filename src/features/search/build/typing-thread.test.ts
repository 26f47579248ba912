import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TYPING_WORDS_FILE, writeTypingFiles } from './typing-files';
import { startTypingThread } from './typing-thread';
import { vocabulary } from './search-vocabulary';
import type { TypingSource } from './typing-tables';

const sources: TypingSource[] = [
  { names: ['退款没到账怎么办', '绑定银行卡'], strong: ['退款去哪了'], body: '退款会原路退回。' },
  { names: ['忘记支付密码'], strong: [], body: '重置支付密码。' },
];

/** A built site's folder holding only the words file, and the search bundle's folder inside it. */
function builtSite(): { dir: URL; outDir: URL } {
  const dir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'typing-thread-'))}/`);
  writeFileSync(new URL(TYPING_WORDS_FILE, dir), JSON.stringify(sources));
  return { dir, outDir: new URL('pagefind/', dir) };
}

/** Every file under a folder URL with its content, by path. */
function filesIn(dir: URL): Record<string, string> {
  const root = dir.pathname;
  return Object.fromEntries(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(root, f), 'utf8')]),
  );
}

describe('the typing tables in a worker thread', () => {
  const thread = startTypingThread();
  afterAll(() => thread.stop());

  it('writes the same files as the step run on the main thread', async () => {
    const inWorker = builtSite();
    const inProcess = builtSite();
    const line = await thread.write(inWorker.dir, inWorker.outDir);
    expect(line).toBe(await writeTypingFiles(inProcess.dir, inProcess.outDir, vocabulary));
    const written = filesIn(inWorker.outDir);
    expect(Object.keys(written)).toContain('typing.json');
    expect(written).toEqual(filesIn(inProcess.outDir));
  });

  it("passes the step's error on, naming what is missing", async () => {
    const empty = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'typing-thread-'))}/`);
    await expect(thread.write(empty, new URL('pagefind/', empty))).rejects.toThrow(TYPING_WORDS_FILE);
  });
});
