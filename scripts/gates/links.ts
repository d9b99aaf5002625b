/**
 * Gate: no broken internal link or anchor in the built site, including links that
 * components render (not only those written in Markdown).
 */
import fs from 'node:fs';
import path from 'node:path';
import { attributeValues, htmlFiles, ids, pagePath, parsePage } from '../../src/build/html';

export interface LinkReport {
  pages: number;
  links: number;
  /** Each broken link: the page it is on, the file that page is made from (when known), the link and why. */
  broken: { page: string; source?: string; href: string; why: string }[];
}

function targetFile(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [path.join(dist, decoded, 'index.html')]
    : [path.join(dist, decoded), path.join(dist, decoded, 'index.html'), path.join(dist, `${decoded}.html`)];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** `sources`: site path → the file the page is made from (src/config/site-pages.ts), to name it in the report. */
export function checkLinks(dist: string, sources: ReadonlyMap<string, string> = new Map()): LinkReport {
  const files = htmlFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(parsePage(fs.readFileSync(file, 'utf8'))));
    return idCache.get(file)!;
  };
  const report: LinkReport = { pages: files.length, links: 0, broken: [] };
  for (const file of files) {
    const html = parsePage(fs.readFileSync(path.join(dist, file), 'utf8'));
    const page = pagePath(file);
    // the ids of this page, read from the parse already made
    idCache.set(path.join(dist, file), ids(html));
    const source = sources.get(page);
    const refs = [
      ...attributeValues(html, 'a', 'href'),
      ...attributeValues(html, 'link', 'href'),
      ...attributeValues(html, 'script', 'src'),
      ...attributeValues(html, 'img', 'src'),
    ];
    for (const href of refs) {
      if (!href || /^(?:[a-z]+:|\/\/)/i.test(href)) continue; // other hosts, mailto:, data:
      report.links++;
      const url = new URL(href, `http://site${page}`);
      const target = targetFile(dist, url.pathname);
      if (!target) {
        report.broken.push({ page, source, href, why: '目标页面或文件不存在' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
        report.broken.push({ page, source, href, why: `目标页面没有 id 为 “${anchor}” 的锚点` });
      }
    }
  }
  return report;
}

/** One line of the report: page (and its file), the link, why it is broken. */
export function describeBroken(b: LinkReport['broken'][number]): string {
  return `${b.page}${b.source ? `（${b.source}）` : ''} → ${b.href}：${b.why}`;
}
