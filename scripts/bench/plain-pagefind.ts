/**
 * Plain Pagefind beside our search, on the same built site: Pagefind's own index of the
 * same pages (its own file formats, ids and metadata, none of ours: no compact metadata, no
 * reading order), written to <site>/pagefind-plain/ and searched with Pagefind's own script
 * and worker (no shim of ours: no warm-up, no unzipping by the browser, no fragments sent
 * ahead), from a page of nothing else (floor.html there). What it takes to put a first
 * search's results on screen is the floor under our doors' first searches, measured the
 * same way (browser.ts, measurePlainFirst).
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexSite } from '../support/search-index.mjs';

/** The folder of the plain index, under the built site: also the URL path its page is served at. */
export const PLAIN_DIR = 'pagefind-plain';

/**
 * The floor page. A button starts Pagefind (loads its script, then `init()`: the worker, the
 * WebAssembly, the metadata), as our header button does on intent; with `#load` the page
 * starts it as it loads, as our search page does. Each typed change searches, reads the five
 * best results' fragments, lists them (title and Pagefind's excerpt) and names the query in
 * the status line, which the bench waits for (as it does for our doors' status lines); a
 * later change supersedes an earlier one.
 */
const FLOOR_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pagefind</title></head>
<body>
<button id="open" type="button">搜索</button>
<input id="q" type="search" aria-label="搜索">
<p id="status" role="status"></p>
<ol id="list"></ol>
<script type="module">
let started;
const start = () =>
  (started ??= import('./pagefind.js').then(async (pagefind) => {
    await pagefind.options({ excerptLength: 40 });
    await pagefind.init();
    return pagefind;
  }));
if (location.hash === '#load') start();
document.querySelector('#open').addEventListener('click', start);
const input = document.querySelector('#q');
const list = document.querySelector('#list');
const status = document.querySelector('#status');
let latest = 0;
input.addEventListener('input', async () => {
  const query = input.value;
  const mine = ++latest;
  list.setAttribute('aria-busy', 'true');
  const pagefind = await start();
  const found = await pagefind.search(query);
  const datas = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
  if (mine !== latest) return;
  list.replaceChildren(...datas.map((d) => Object.assign(document.createElement('li'), { textContent: (d.meta.title ?? '') + ' ' + d.excerpt })));
  list.removeAttribute('aria-busy');
  status.textContent = found.results.length + ' 个结果：' + query;
});
</script>
</body></html>
`;

/** Writes Pagefind's own index of the built site `dist` (unless it is there already) and the floor page; returns the page's path. */
export async function writePlainPagefind(dist: string): Promise<string> {
  const dir = path.join(dist, PLAIN_DIR);
  if (!fs.existsSync(path.join(dir, 'pagefind-entry.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    // `<main>` only, as our build indexes: the same index as the whole page's (tests/build/site.test.ts checks), written sooner.
    // In one Pagefind run at any size, as Pagefind alone writes it (our build indexes a large site in parts: sharded-index.mjs).
    await indexSite(dist, { rootSelector: 'main', outputPath: dir, log: () => {}, partPages: Infinity });
  }
  fs.writeFileSync(path.join(dir, 'floor.html'), FLOOR_PAGE);
  return `/${PLAIN_DIR}/floor.html`;
}
