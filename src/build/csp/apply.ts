/**
 * Finishes each of some built pages in one reading of it (in the CSP step and in its worker
 * threads): its Content-Security-Policy <meta>, and right after it the module preloads of its scripts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ModuleGraph, modulePreloads } from '../preload.ts';
import { scanPage } from './scan.ts';
import { inlineCode, policy, withPolicyMeta } from './policy.ts';

/**
 * Reads a file and writes what `change` makes of its text over it, without first cutting it
 * to nothing: on ext4 (auto_da_alloc) a file cut to nothing and written again is written out
 * to disk at once when it is closed. Reading a page and writing it back took 0.60 ms so on
 * this machine, against 0.11 ms written over in place (scripts/bench/rewrite-pages.ts). The
 * file is cut only past the new end when the new text is shorter (a page only grows here).
 */
export function rewriteFile(file: string, change: (text: string) => string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const before = fs.readFileSync(fd);
    const after = Buffer.from(change(before.toString('utf8')), 'utf8');
    for (let written = 0; written < after.length; ) written += fs.writeSync(fd, after, written, after.length - written, written);
    if (after.length < before.length) fs.ftruncateSync(fd, after.length);
  } finally {
    fs.closeSync(fd);
  }
}

/** `pages`: paths under `dist` (as htmlFiles lists them). */
export function applyToPages(dist: string, pages: string[]): void {
  const graph = new ModuleGraph(dist);
  for (const page of pages) {
    rewriteFile(path.join(dist, page), (html) => {
      const parsed = scanPage(html);
      return withPolicyMeta(html, parsed, policy(inlineCode(parsed)), page, modulePreloads(parsed, graph));
    });
  }
}
