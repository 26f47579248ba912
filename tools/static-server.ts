/**
 * The one static server for a dist folder, used by the search evaluation and every benchmark so
 * they need no other tool. It behaves like a typical static host (gzip for text types, files that
 * are already compressed sent as they are, 404.html for unknown paths), so transfer sizes are
 * honest, and remembers how many body bytes it sent for each URL: the browser does not report
 * sizes for every request (worker scripts, for one), so the benchmarks take the byte counts here.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
/** Types a host compresses; Pagefind's index, fragments and wasm are gzip files already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export interface DistServer {
  url: string;
  /** Body bytes last sent for a path with its query (`/pagefind/pagefind.js`), if it was requested. */
  sizeOf(pathAndQuery: string): number | undefined;
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  try {
    return (await stat(candidate)).isDirectory() ? join(candidate, 'index.html') : candidate;
  } catch {
    return undefined;
  }
}

/** Serves `root` on 127.0.0.1 at a free port; `onSent(pathAndQuery, bytes)` hears of each response. */
export function serveDist(root: string, onSent?: (pathAndQuery: string, bytes: number) => void): Promise<DistServer> {
  const sent = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    let file = await fileFor(root, url);
    let body = file ? await readFile(file).catch(() => undefined) : undefined;
    let status = 200;
    if (!body) {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const ext = extname(file!);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    sent.set(url, body.length);
    onSent?.(url, body.length);
    res.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        sizeOf: (p) => sent.get(p),
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
