/**
 * Gate: nothing a page loads comes from another host (scripts, styles, fonts, images,
 * frames). Outbound links in content are fine; canonical and alternate links are not loads.
 * Pages are read with the HTML parser (src/build/html.ts); stylesheets and scripts as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attr, parsePage, rawText } from '../../src/build/html';

export interface OfflineReport {
  files: number;
  loads: { file: string; url: string }[];
}

/** Elements that load what their attributes name, and those attributes. */
const LOADING: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
  track: ['src'],
};
const NOT_A_LOAD = /^(?:canonical|alternate|sitemap|me|author)$/i;
const REMOTE = /(?:^|[\s,])((?:https?:)?\/\/\S+)/i;
const CSS_REMOTE = /(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi;

function cssLoads(css: string): string[] {
  return [...css.matchAll(CSS_REMOTE)].map((m) => m[1]!);
}

export function checkOffline(dist: string): OfflineReport {
  const files = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:html|css|js|mjs)$/.test(f))
    .sort();
  const loads: OfflineReport['loads'] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const el of parsePage(text).elements) {
        if (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).some((r) => NOT_A_LOAD.test(r))) continue;
        for (const name of LOADING[el.tagName] ?? []) {
          const m = REMOTE.exec(attr(el, name) ?? '');
          if (m) loads.push({ file, url: m[1]! });
        }
        if (el.tagName === 'style') for (const url of cssLoads(rawText(el))) loads.push({ file, url });
        for (const url of cssLoads(attr(el, 'style') ?? '')) loads.push({ file, url });
      }
    }
    if (file.endsWith('.css')) for (const url of cssLoads(text)) loads.push({ file, url });
    if (/\.m?js$/.test(file)) {
      for (const m of text.matchAll(/\bimport\s*\(?\s*["']((?:https?:)?\/\/[^"']+)["']/g)) loads.push({ file, url: m[1]! });
    }
  }
  return { files: files.length, loads };
}
