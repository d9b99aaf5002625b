/**
 * The CSP step of the build, once Astro's has written every page (scripts/build.mjs runs it
 * while Pagefind builds its index): gives every HTML page a Content-Security-Policy <meta>
 * with the hashes of its own inline scripts and styles, and writes `_headers` (the headers
 * file of Netlify and Cloudflare Pages) with what a <meta> cannot carry: frame-ancestors, and
 * nosniff. Other servers: see README, “部署与安全策略”. The pages are shared among worker
 * threads, one per processor (each page is read, scanned and written on its own). Loaded by
 * Node itself from the build script (type stripping), hence the .ts in its imports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { htmlFiles } from '../html.ts';
import { applyToPages } from './apply.ts';
import { HEADER_POLICY } from './policy.ts';

export const HEADERS_FILE = '_headers';
/**
 * Below this many pages a worker is not worth its start and its memory (each is a V8 of its
 * own: about 100 MiB more at the build's peak at 1,000 entries); a page takes ~0.6 ms on one thread.
 */
const PAGES_PER_WORKER = 2000;

export function headersFile(): string {
  return ['/*', `  Content-Security-Policy: ${HEADER_POLICY}`, '  X-Content-Type-Options: nosniff', ''].join('\n');
}

function inWorker(dist: string, pages: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { dist, pages } });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`CSP worker exited with ${code}`))));
  });
}

/**
 * Adds the policies to a built site in `dist`, on up to `threads` threads (one per
 * `pagesPerWorker` pages); returns how many pages it changed and on how many threads.
 */
export async function applyCsp(dist: string, threads = os.availableParallelism(), pagesPerWorker = PAGES_PER_WORKER): Promise<{ pages: number; threads: number }> {
  const pages = htmlFiles(dist);
  const workers = Math.min(threads, Math.floor(pages.length / pagesPerWorker));
  if (workers < 2) applyToPages(dist, pages);
  else await Promise.all(Array.from({ length: workers }, (_, w) => inWorker(dist, pages.filter((_, i) => i % workers === w))));
  fs.writeFileSync(path.join(dist, HEADERS_FILE), headersFile());
  return { pages: pages.length, threads: Math.max(1, workers) };
}
