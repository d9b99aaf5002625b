/**
 * After the build, gives every HTML page a Content-Security-Policy <meta> with the hashes
 * of its own inline scripts and styles, and writes `_headers` (the headers file of
 * Netlify and Cloudflare Pages) with one policy for the whole site, which adds what a
 * <meta> cannot carry (frame-ancestors). Other servers: see README, “安全策略”.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineCode, mergeInline, policy, withPolicyMeta, type InlineCode } from '../lib/csp';

export const HEADERS_FILE = '_headers';

export function headersFile(sitePolicy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${sitePolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/** Adds the policies to a built site in `dist`; returns how many pages it changed. */
export function applyCsp(dist: string): number {
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  const all: InlineCode[] = [];
  for (const page of pages) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const code = inlineCode(html);
    all.push(code);
    fs.writeFileSync(file, withPolicyMeta(html, policy(code, 'meta'), page));
  }
  fs.writeFileSync(path.join(dist, HEADERS_FILE), headersFile(policy(mergeInline(all), 'header')));
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
