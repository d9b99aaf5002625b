/** In astro dev the pages read the files on disk through one watcher: a change shows on the next look, and nothing is rebuilt without one. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copySite } from '../../scripts/support/build';
import { contentWatcher } from '../../src/load/fs';
import { kb } from '../support/corpus';

const site = copySite();
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

test('the same state while nothing changes, a new one once a file does, mistakes included', () => {
  const look = contentWatcher(site);
  const first = look();
  expect(first.errors).toEqual([]);
  expect(look()).toBe(first);
  const entry = kb.entries[0]!;
  const file = path.join(site, entry.file);
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, original.replace(/^title: .*$/m, 'title: 改过的标题'));
  const changed = look();
  expect(changed).not.toBe(first);
  expect(changed.corpus.entries.find((e) => e.data.id === entry.id)?.data.title).toBe('改过的标题');
  fs.writeFileSync(file, original.replace(/^status: .*$/m, 'status: 不存在的状态'));
  expect(look().errors.map((e) => e.file)).toContain(entry.file);
  fs.writeFileSync(file, original);
  expect(look().errors).toEqual([]);
});

test('within its fresh time the files are not looked at again', () => {
  const look = contentWatcher(site, 60_000);
  const first = look();
  const file = path.join(site, kb.entries[1]!.file);
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, original.replace(/^title: .*$/m, 'title: 又改过的标题'));
  expect(look()).toBe(first);
  fs.writeFileSync(file, original);
});
