/**
 * The benchmark's floor under a first search (scripts/bench/plain-pagefind.ts): plain
 * Pagefind, its own index, script and worker, must really find and list the results, and
 * load nothing of ours; otherwise the floor it reports would time something else.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserForFile } from '../../scripts/support/chromium';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server';
import { PLAIN_DIR, writePlainPagefind } from '../../scripts/bench/plain-pagefind';
import { SENTENCE_SHARE, SENTENCE_WORDS, sentencePage, writePages } from '../../scripts/bench/tiny-site';

const PAGES = 200;
const browser = browserForFile({ beforeAll, afterAll });
let dir: string;
let server: StaticServer;
let floorPath: string;

beforeAll(async () => {
  dir = writePages('kb-floor-', PAGES, sentencePage);
  floorPath = await writePlainPagefind(dir);
  server = await serveStatic(dir);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const start of ['load', 'open'] as const) {
  test(`plain Pagefind's floor page, started at ${start}, lists the five best results of a typed query with its own files only`, async () => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}${floorPath}${start === 'load' ? '#load' : ''}`, { waitUntil: 'networkidle' });
    if (start === 'open') await page.locator('#open').click();
    const word = SENTENCE_WORDS[0]!;
    await page.fill('#q', word);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${PAGES / SENTENCE_SHARE} 个结果：${word}`);
    const items = await page.locator('#list li').allTextContents();
    expect(items).toHaveLength(5);
    for (const item of items) expect(item.replace(/<\/?mark>/g, '')).toContain(word);
    // Pagefind's own worker, with none of our shim (which leaves kbNaps on the worker's global)
    expect(requested).toContain(`/${PLAIN_DIR}/pagefind-worker.js`);
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const shimmed = await Promise.all(page.workers().map((w) => w.evaluate('typeof self.kbNaps !== "undefined"')));
    expect(shimmed).toEqual([false]);
    await page.close();
  });
}
