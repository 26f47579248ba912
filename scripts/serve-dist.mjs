/**
 * A tiny static server for dist/, used by the benchmark scripts (they must not depend on a dev
 * server). Serves 404.html for unknown paths, gzip when asked, like a typical static host.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  try {
    const s = await stat(candidate);
    if (s.isDirectory()) return join(candidate, 'index.html');
    return candidate;
  } catch {
    return undefined;
  }
}

/** Starts the server on a free loopback port; resolves to `{ url, close }`. */
export function serveDist(root = 'dist', port = 0) {
  const server = createServer(async (req, res) => {
    let file = await resolveFile(root, req.url ?? '/');
    let status = 200;
    let body = file && (await readFile(file).catch(() => undefined));
    if (!body) {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !file.endsWith('.pf_fragment') && !file.endsWith('.pf_index')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
