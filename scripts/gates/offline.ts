/**
 * Gate: nothing a page loads comes from another host (scripts, styles, fonts, images,
 * frames). Outbound links in content are fine; canonical and alternate links are not loads.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface OfflineReport {
  files: number;
  loads: { file: string; url: string }[];
}

const LOADING_TAGS = /<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/gi;
const REMOTE = /(?:src|href|srcset|data)=["']?((?:https?:)?\/\/[^"'\s>]+)/i;
const NOT_A_LOAD = /rel=["']?(?:canonical|alternate|sitemap|me|author)["'\s>]/i;
const CSS_REMOTE = /(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi;

export function checkOffline(dist: string): OfflineReport {
  const files = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:html|css|js|mjs)$/.test(f))
    .sort();
  const loads: OfflineReport['loads'] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const tag of text.match(LOADING_TAGS) ?? []) {
        if (NOT_A_LOAD.test(tag)) continue;
        const m = REMOTE.exec(tag);
        if (m) loads.push({ file, url: m[1]! });
      }
    }
    if (file.endsWith('.css') || file.endsWith('.html')) {
      for (const m of text.matchAll(CSS_REMOTE)) loads.push({ file, url: m[1]! });
    }
    if (/\.m?js$/.test(file)) {
      for (const m of text.matchAll(/\bimport\s*\(?\s*["']((?:https?:)?\/\/[^"']+)["']/g)) loads.push({ file, url: m[1]! });
    }
  }
  return { files: files.length, loads };
}
