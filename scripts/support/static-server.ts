/**
 * A minimal static file server for a built site, as any static host serves it:
 * /x/ → /x/index.html, unknown paths → 404.html with status 404, and the headers of
 * the site's `_headers` file (as Netlify or Cloudflare Pages send them). Used by browser
 * tests and benchmarks, so that they do not clash with a running `npm start`.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { HEADERS_FILE } from '../../src/build/csp/site';
import { headersFor, parseHeadersFile } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(root: string, urlPath: string): string | undefined {
  if (path.basename(urlPath) === HEADERS_FILE) return undefined;
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? file : undefined;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const headersFile = path.join(root, HEADERS_FILE);
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const file = resolveFile(root, urlPath);
    const body = file ?? path.join(root, '404.html');
    if (!file && !fs.existsSync(body)) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt']! }).end('404 Not Found');
      return;
    }
    res.writeHead(file ? 200 : 404, {
      ...headersFor(rules, urlPath),
      'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream',
    });
    fs.createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
