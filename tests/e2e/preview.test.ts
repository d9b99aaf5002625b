/**
 * `npm run dev` as an editor previews, in Chromium: saving an entry reloads the open page
 * with the change; a mistake saved replaces the open page with the list of mistakes, and
 * the fix brings the page back; a new entry file gets a page (listing its mistake); a saved
 * section introduction (rendered into Astro's content store) shows on its open page. The
 * knowledge base's files are watched a folder at a time, not by Vite (src/load/kb-watch.ts):
 * the reloads here are how that watch is seen to work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnv, copySite } from '../../scripts/support/build';
import { browserForFile } from '../../scripts/support/chromium';
import { startDev, type DevServer } from '../../scripts/support/dev-server';
import { urls } from '../../src/kb/urls';
import { corpus, kb } from '../support/corpus';

const browser = browserForFile({ beforeAll, afterAll });
let site = '';
let dev: DevServer | undefined;

beforeAll(async () => {
  site = copySite();
  dev = await startDev(site, buildEnv());
}, 120_000);
afterAll(async () => {
  await dev?.stop();
  fs.rmSync(site, { recursive: true, force: true });
});

/** Waits until the page at `url` answers with `status`; the status it last had. */
async function statusBecomes(url: string, status: number): Promise<number> {
  let last = 0;
  for (let i = 0; i < 80 && last !== status; i++) {
    if (i) await new Promise((r) => setTimeout(r, 250));
    last = (await fetch(url)).status;
  }
  return last;
}

const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(site, file), change(fs.readFileSync(path.join(site, file), 'utf8')));
/** Runs `body`, then puts the file back as it was. */
async function restoring(file: string, body: () => Promise<void>): Promise<void> {
  const original = fs.readFileSync(path.join(site, file), 'utf8');
  try {
    await body();
  } finally {
    fs.writeFileSync(path.join(site, file), original);
  }
}

test('a saved title reloads the open entry page with it', async () => {
  const entry = kb.entries[3]!;
  const page = await browser().newPage();
  await page.goto(`${dev!.url}/entries/${entry.id}/`);
  await expect.poll(() => page.locator('h1').textContent()).toContain(entry.title);
  const marker = '预览中改过的标题';
  await restoring(entry.file, async () => {
    edit(entry.file, (t) => t.replace(/^title: .*$/m, `title: ${marker}`));
    // no reload by the test: the page reloads itself
    await page.waitForFunction((m) => document.querySelector('h1')?.textContent?.includes(m), marker, { timeout: 20_000 });
  });
  await page.close();
});

test('a mistake saved shows on the open page, and the fix brings the entry back, without a reload by hand', async () => {
  const entry = kb.entries[4]!;
  const page = await browser().newPage();
  await page.goto(`${dev!.url}/entries/${entry.id}/`);
  await restoring(entry.file, async () => {
    edit(entry.file, (t) => t.replace(/^status: .*$/m, 'status: 不存在的状态'));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('内容校验失败'), undefined, { timeout: 20_000 });
    expect(await page.textContent('body')).toContain(entry.file);
  });
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.includes(t), entry.title, { timeout: 20_000 });
  await page.close();
});

test('a new entry file has a page', async () => {
  const entry = kb.entries[5]!;
  const id = `${entry.id}-copy`;
  const copy = path.join(path.dirname(entry.file), `${id}.mdx`);
  // A copy of an entry breaks the rules (its text is in the report once); the page lists that mistake, with status 500.
  fs.writeFileSync(path.join(site, copy), fs.readFileSync(path.join(site, entry.file), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  const url = `${dev!.url}/entries/${id}/`;
  const status = await statusBecomes(url, 500);
  expect(status).toBe(500);
  expect(await (await fetch(url)).text()).toContain(copy);
  fs.rmSync(path.join(site, copy));
});

test('a saved section introduction shows on its open page', async () => {
  const section = corpus.sections[0]!;
  const page = await browser().newPage();
  await page.goto(`${dev!.url}${urls.section(section.data.id)}`);
  const marker = '预览中补上的一句说明。';
  await restoring(section.file, async () => {
    edit(section.file, (t) => `${t.trimEnd()}\n\n${marker}\n`);
    // rendered as Markdown into the content store (src/load/data-loader.ts), which reloads the page
    await page.waitForFunction((m) => document.querySelector('main')?.textContent?.includes(m), marker, { timeout: 20_000 });
  });
  await page.close();
});
