/**
 * For the minimal reproductions that search in Chromium (pagefind-filters.ts,
 * pagefind-later.ts): N pages written by `page(i)`, indexed by Pagefind with its defaults,
 * served from a process of their own, and a browser page open at the site's root (an empty
 * page) to search them from; `close` removes it all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indexSite } from '../support/search-index.mjs';
import { serveStaticApart } from '../support/static-server-process';
import { writePages } from './tiny-site';

export async function pagefindSite(browser: Browser, prefix: string, n: number, page: (i: number) => string): Promise<{ page: Page; close(): Promise<void> }> {
  const dir = writePages(prefix, n, page);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>空</title></head><body></body></html>');
  await indexSite(dir, { log: () => {} });
  const server = await serveStaticApart(dir);
  const open = await browser.newPage();
  await open.goto(`${server.url}/`);
  return {
    page: open,
    async close() {
      await open.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
