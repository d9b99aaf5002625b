/**
 * After the build, gives every HTML page a Content-Security-Policy <meta> with the hashes
 * of its own inline scripts and styles, and writes `_headers` (the headers file of
 * Netlify and Cloudflare Pages) with what a <meta> cannot carry: frame-ancestors, and
 * nosniff. Other servers: see README, “部署与安全策略”. The pages are shared among worker
 * threads, one per processor (each page is read, scanned and written on its own).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../html';
import { applyToPages } from './apply';
import { HEADER_POLICY } from './policy';

export const HEADERS_FILE = '_headers';
/** Below this many pages one thread is quicker than starting workers. */
const PAGES_PER_WORKER = 500;

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

/** Adds the policies to a built site in `dist`, on up to `threads` threads; returns how many pages it changed. */
export async function applyCsp(dist: string, threads = os.availableParallelism()): Promise<number> {
  const pages = htmlFiles(dist);
  const workers = Math.min(threads, Math.floor(pages.length / PAGES_PER_WORKER));
  if (workers < 2) applyToPages(dist, pages);
  else await Promise.all(Array.from({ length: workers }, (_, w) => inWorker(dist, pages.filter((_, i) => i % workers === w))));
  fs.writeFileSync(path.join(dist, HEADERS_FILE), headersFile());
  return pages.length;
}

export default function csp(): AstroIntegration {
  return {
    name: 'kb-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const n = await applyCsp(fileURLToPath(dir));
        logger.info(`Content-Security-Policy written into ${n} pages and ${HEADERS_FILE}`);
      },
    },
  };
}
