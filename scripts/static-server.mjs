// A small static file server for dist/, used by the search evaluation and benchmark so they need
// no other tool. Compresses text the way a real host would (gzip), so transfer sizes are honest;
// Pagefind's own files are already compressed and are sent as they are.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. `onSent(path, bytes)`, if
 * given, is told the bytes of each response body as they went over the wire (after compression).
 */
export function serveStatic(root, onSent) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    const body = gzip ? stream.pipe(createGzip()) : stream;
    let sent = 0;
    body.on('data', (chunk) => (sent += chunk.length));
    body.on('end', () => onSent?.(path, sent));
    body.pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) });
    });
  });
}
