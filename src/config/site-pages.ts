/**
 * Every page the site builds, as site paths: Starlight's docs pages (content/docs) and the
 * pages our own routes (src/pages) make from the collections. A build test compares this
 * list with the pages the build really makes.
 *
 * Why the links validator needs it: starlight-links-validator reads headings only of docs
 * pages under src/content/docs (the folder is fixed in its code), and ours are in
 * content/docs; it knows no headings of our own routes either. So it would report every
 * link to an existing page as invalid. It is told to leave links to these pages alone; a
 * link to a page not in this list, and a wrong #anchor within the same file, are still
 * errors naming the MDX file and line. scripts/gates/links.ts checks every link and anchor
 * on the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionIds } from '../lib/content-files';
import { urls } from '../lib/urls';

function docsPagePaths(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'content/docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => `/${f.split(path.sep).join('/').replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1')}`);
}

export function sitePagePaths(root = process.cwd()): Set<string> {
  const ids = (name: 'entries' | 'plans' | 'terms' | 'sections' | 'categories') => collectionIds(name, root);
  return new Set([
    ...docsPagePaths(root),
    ...[urls.plans(), urls.glossary(), urls.outlook(), urls.data(), urls.search(), urls.progress(), urls.figures(), urls.cities()],
    ...ids('entries').map(urls.entry),
    ...ids('plans').map(urls.plan),
    ...ids('terms').map(urls.term),
    ...ids('sections').map(urls.section),
    ...ids('categories').map(urls.category),
  ]);
}

/** The site page a root-relative link points to (path without query or hash, with the trailing slash); undefined for other links (#anchor, ?query, relative, external). */
export function linkedPage(link: string): string | undefined {
  if (!link.startsWith('/') || link.startsWith('//')) return undefined;
  const page = link.replace(/[?#].*$/, '');
  return page.endsWith('/') ? page : `${page}/`;
}
