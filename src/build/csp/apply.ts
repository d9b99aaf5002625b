/** Gives each of some built pages its Content-Security-Policy <meta> (in the CSP step and in its worker threads). */
import fs from 'node:fs';
import path from 'node:path';
import { scanPage } from './scan.ts';
import { inlineCode, policy, withPolicyMeta } from './policy.ts';

/** `pages`: paths under `dist` (as htmlFiles lists them). */
export function applyToPages(dist: string, pages: string[]): void {
  for (const page of pages) {
    const file = path.join(dist, page);
    const html = fs.readFileSync(file, 'utf8');
    const parsed = scanPage(html);
    fs.writeFileSync(file, withPolicyMeta(html, parsed, policy(inlineCode(parsed)), page));
  }
}
