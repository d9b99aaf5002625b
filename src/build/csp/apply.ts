/**
 * Finishes each of some built pages in one reading of it (in the CSP step and in its worker
 * threads): its Content-Security-Policy <meta>, and right after it the module preloads of its scripts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ModuleGraph, modulePreloads } from '../preload.ts';
import { scanPage } from './scan.ts';
import { inlineCode, policy, withPolicyMeta } from './policy.ts';

/** `pages`: paths under `dist` (as htmlFiles lists them). */
export function applyToPages(dist: string, pages: string[]): void {
  const graph = new ModuleGraph(dist);
  for (const page of pages) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const parsed = scanPage(html);
    fs.writeFileSync(file, withPolicyMeta(html, parsed, policy(inlineCode(parsed)), page, modulePreloads(parsed, graph)));
  }
}
