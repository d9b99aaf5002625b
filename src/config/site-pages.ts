/**
 * Every page the site builds, as site paths, each with the file it is made from: Starlight's
 * docs pages (content/docs), the pages our routes (src/pages) make from the collections
 * (named by their content file), and our fixed pages (named by their route file). A build
 * test compares this list with the pages the build really makes.
 *
 * Two uses. The link gate names the file behind a page with a broken link. And
 * starlight-links-validator: it reads headings only of docs pages under src/content/docs
 * (the folder is fixed in its code; ours are in content/docs) and of none of our routes,
 * so it would report every link to an existing page as invalid. It is told to leave links
 * to these pages alone; a link to a page not in this list, and a wrong #anchor within the
 * same file, are still build errors naming the MDX file and line, and scripts/gates/links.ts
 * checks every link and anchor on the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, REGISTRY } from '../kb/registry';
import { collectionFiles } from '../load/fs';
import { urls } from '../kb/urls';

function docsPages(root: string): [string, string][] {
  return fs
    .readdirSync(path.join(root, 'content/docs'), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => [`/${f.replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1')}`, `content/docs/${f}`]);
}

const FIXED_PAGES: [string, string][] = [
  [urls.plans(), 'src/pages/plans/index.astro'],
  [urls.sources(), 'src/pages/sources/index.astro'],
  [urls.glossary(), 'src/pages/glossary/index.astro'],
  [urls.outlook(), 'src/pages/outlook.astro'],
  [urls.data(), 'src/pages/data/index.astro'],
  [urls.search(), 'src/pages/search.astro'],
  [urls.progress(), 'src/pages/progress.astro'],
  [urls.figures(), 'src/pages/figures.astro'],
  [urls.cities(), 'src/pages/cities.astro'],
];

/** Site path → the file the page is made from. */
export function sitePages(root = process.cwd()): Map<string, string> {
  const collectionPages = COLLECTION_NAMES.flatMap((name) => {
    const page: ((id: string) => string) | undefined = (REGISTRY[name] as { page?: (id: string) => string }).page;
    return page ? collectionFiles(name, root).map(({ id, file }): [string, string] => [page(id), file]) : [];
  });
  return new Map([...docsPages(root), ...FIXED_PAGES, ...collectionPages]);
}

/** The site page a root-relative link points to (path without query or hash, with the trailing slash); undefined for other links (#anchor, ?query, relative, external). */
export function linkedPage(link: string): string | undefined {
  if (!link.startsWith('/') || link.startsWith('//')) return undefined;
  const page = link.replace(/[?#].*$/, '');
  return page.endsWith('/') ? page : `${page}/`;
}
