/** The paths of the built site's pages, as its sitemap lists them. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus';

export function sitemapPaths(dist = path.join(ROOT, 'dist')): string[] {
  const xml = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
