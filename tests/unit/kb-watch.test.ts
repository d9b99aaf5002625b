/**
 * In astro dev the knowledge base's files are watched a folder at a time, and Vite's watcher
 * is told of each file added, changed or removed as its own watch of the file would have told
 * it (src/load/kb-watch.ts); Vite's watcher leaves those files alone (its ignore patterns).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COLLECTION_NAMES, REGISTRY } from '../../src/kb/registry';
import { feedKbEvents, kbFilePatterns } from '../../src/load/kb-watch';
import { corpus, ROOT } from '../support/corpus';

const DIRS = ['content/entries', 'content/terms'];
let root = '';
const told: [string, string][] = [];
const events = { emit: (event: string, file: string) => told.push([event, path.relative(root, file).split(path.sep).join('/')]) };

const write = (rel: string, text = '---\nid: x\n---\n') => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};
/** What was told from now until nothing more comes for 150 ms (at most 2 s). */
async function toldAfter(act: () => void): Promise<[string, string][]> {
  told.length = 0;
  act();
  let seen = -1;
  for (let waited = 0; waited < 2000 && (seen !== told.length || told.length === 0); waited += 150) {
    seen = told.length;
    await new Promise((r) => setTimeout(r, 150));
  }
  return [...told].sort();
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-watch-'));
  write('content/entries/report-a/a1.mdx');
  write('content/entries/report-a/a2.mdx');
  write('content/terms/t1.mdx');
  write('content/docs/guide.mdx');
  expect(feedKbEvents(events, root, DIRS)).toBe(true);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('a saved file is one change, however many writes the save takes', async () => {
  expect(
    await toldAfter(() => {
      write('content/entries/report-a/a1.mdx', '---\nid: a1\n---\n');
      write('content/entries/report-a/a1.mdx', '---\nid: a1\ntitle: 改过\n---\n');
    }),
  ).toEqual([['change', 'content/entries/report-a/a1.mdx']]);
});

test('a new file is added, a removed one unlinked', async () => {
  expect(await toldAfter(() => write('content/terms/t2.mdx'))).toEqual([['add', 'content/terms/t2.mdx']]);
  expect(await toldAfter(() => fs.rmSync(path.join(root, 'content/terms/t2.mdx')))).toEqual([['unlink', 'content/terms/t2.mdx']]);
});

test('a new folder with files: each is added; the folder removed: each is unlinked', async () => {
  const made = await toldAfter(() => {
    write('content/entries/report-b/b1.mdx');
    write('content/entries/report-b/b2.mdx');
  });
  expect(made).toEqual([
    ['add', 'content/entries/report-b/b1.mdx'],
    ['add', 'content/entries/report-b/b2.mdx'],
  ]);
  // the new folder is watched too
  expect(await toldAfter(() => write('content/entries/report-b/b1.mdx', '---\nid: b1\n---\n'))).toEqual([['change', 'content/entries/report-b/b1.mdx']]);
  expect(await toldAfter(() => fs.rmSync(path.join(root, 'content/entries/report-b'), { recursive: true }))).toEqual([
    ['unlink', 'content/entries/report-b/b1.mdx'],
    ['unlink', 'content/entries/report-b/b2.mdx'],
  ]);
});

test('nothing is told of other files: not MDX, or outside the knowledge base’s folders', async () => {
  expect(
    await toldAfter(() => {
      write('content/entries/report-a/notes.txt', 'x');
      write('content/docs/guide.mdx', '---\ntitle: 改过\n---\n');
      write('content/terms/t1.mdx', '---\nid: t1\n---\n');
    }),
  ).toEqual([['change', 'content/terms/t1.mdx']]);
});

test('Vite’s watcher is told to leave every file of every collection alone, and nothing else of the site', () => {
  const patterns = kbFilePatterns(COLLECTION_NAMES.map((n) => REGISTRY[n].dir));
  const ignored = (file: string) => patterns.some((p) => path.matchesGlob(file, p));
  const files = COLLECTION_NAMES.flatMap((n) => corpus[n].map((d) => path.join(ROOT, d.file)));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(ignored(file), file).toBe(true);
  for (const file of ['content/docs/index.mdx', 'content/sources/xiangtan-2023.txt', 'src/pages/index.astro', 'astro.config.mjs']) expect(ignored(path.join(ROOT, file)), file).toBe(false);
});
