/** In astro dev the pages read the files on disk through one watcher: a change shows on the next look, and nothing is rebuilt without one. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copySite } from '../../scripts/support/build';
import type { LoadedContent } from '../../src/load/fs';
import { contentWatcher } from '../../src/load/watch';
import { kb } from '../support/corpus';

const site = copySite();
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

/** File events arrive through the event loop: the next look that differs from `before`, within a second. */
async function nextState(look: () => LoadedContent, before: LoadedContent): Promise<LoadedContent> {
  for (let waited = 0; waited < 1000; waited += 5) {
    const now = look();
    if (now !== before) return now;
    await new Promise((r) => setTimeout(r, 5));
  }
  return before;
}

const titleOf = (content: LoadedContent, id: string) => content.corpus.entries.find((e) => e.data.id === id)?.data.title;

for (const events of [true, false]) {
  test(`the same state while nothing changes, a new one once a file does, mistakes included (file events: ${events})`, async () => {
    const look = contentWatcher(site, { events });
    const first = look();
    expect(first.errors).toEqual([]);
    expect(look()).toBe(first);
    const entry = kb.entries[0]!;
    const file = path.join(site, entry.file);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/^title: .*$/m, 'title: 改过的标题'));
    const changed = await nextState(look, first);
    expect(titleOf(changed, entry.id)).toBe('改过的标题');
    expect(look()).toBe(changed);
    fs.writeFileSync(file, original.replace(/^status: .*$/m, 'status: 不存在的状态'));
    const wrong = await nextState(look, changed);
    expect(wrong.errors.map((e) => e.file)).toContain(entry.file);
    fs.writeFileSync(file, original);
    expect((await nextState(look, wrong)).errors).toEqual([]);
  });
}

test('a file added in a new folder and then removed is followed', async () => {
  const look = contentWatcher(site);
  const first = look();
  const entry = kb.entries[2]!;
  const folder = path.join(site, path.dirname(entry.file), 'new-folder');
  const copy = path.join(folder, 'zz-copy.mdx');
  fs.mkdirSync(folder);
  await new Promise((r) => setTimeout(r, 50));
  fs.writeFileSync(copy, fs.readFileSync(path.join(site, entry.file), 'utf8').replace(/^id: .*$/m, 'id: zz-copy'));
  const added = await nextState(look, first);
  expect(added.corpus.entries.length).toBe(first.corpus.entries.length + 1);
  fs.rmSync(folder, { recursive: true });
  const removed = await nextState(look, added);
  expect(removed.corpus.entries.length).toBe(first.corpus.entries.length);
});

test('without file events, within its fresh time the files are not looked at again', () => {
  const look = contentWatcher(site, { events: false, freshMs: 60_000 });
  const first = look();
  const file = path.join(site, kb.entries[1]!.file);
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, original.replace(/^title: .*$/m, 'title: 又改过的标题'));
  expect(look()).toBe(first);
  fs.writeFileSync(file, original);
});
