/** The HTML pages of a built site, with helpers to read their links and ids (the CSP build step and the site gates). */
import fs from 'node:fs';
import path from 'node:path';

export function htmlFiles(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The site path a built file is served at (about/index.html → /about/). */
export function pagePath(file: string): string {
  return '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
}

/** Attribute values of a kind in an HTML text (href of <a>, src of <script> …). */
export function attributeValues(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const a = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(m[0]);
    if (a) out.push((a[1] ?? a[2] ?? a[3] ?? '').replace(/&amp;/g, '&'));
  }
  return out;
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? ''));
}
