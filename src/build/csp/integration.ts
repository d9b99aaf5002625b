/**
 * After the build, gives every HTML page a Content-Security-Policy <meta> with the hashes
 * of its own inline scripts and styles, and writes `_headers` (the headers file of
 * Netlify and Cloudflare Pages) with what a <meta> cannot carry: frame-ancestors, and
 * nosniff. Other servers: see README, “部署与安全策略”.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../html';
import { scanPage } from './scan';
import { HEADER_POLICY, inlineCode, policy, withPolicyMeta } from './policy';

export const HEADERS_FILE = '_headers';

export function headersFile(): string {
  return ['/*', `  Content-Security-Policy: ${HEADER_POLICY}`, '  X-Content-Type-Options: nosniff', ''].join('\n');
}

/** Adds the policies to a built site in `dist`; returns how many pages it changed. */
export function applyCsp(dist: string): number {
  const pages = htmlFiles(dist);
  for (const page of pages) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const parsed = scanPage(html);
    fs.writeFileSync(file, withPolicyMeta(html, parsed, policy(inlineCode(parsed)), page));
  }
  fs.writeFileSync(path.join(dist, HEADERS_FILE), headersFile());
  return pages.length;
}

export default function csp(): AstroIntegration {
  return {
    name: 'kb-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const n = applyCsp(fileURLToPath(dir));
        logger.info(`Content-Security-Policy written into ${n} pages and ${HEADERS_FILE}`);
      },
    },
  };
}
