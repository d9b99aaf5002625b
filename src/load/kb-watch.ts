/**
 * In `astro dev`: the knowledge base's files are left out of Vite's watcher, which watches
 * every file on its own (an operating-system watch each: 10,000 entries took 12,000 of them,
 * more than the 8,192 many Linux systems allow, after which the dev server reports ENOSPC for
 * every further file and stops seeing changes, its own source files' among them). They are
 * watched here one folder at a time (folder-events.ts), and each change is told to Vite's
 * watcher as its own watch of the file would have told it: `add`, `change` or `unlink` with
 * the file's absolute path, so that the content layer (data-loader.ts) and the reload of open
 * pages (dev-reload.ts) hear of it as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { commonFolder, watchFolders } from './folder-events';
import { isMdxFile, mdxFilesUnder } from './mdx-files';

/** What is told of a file: Vite's watcher (chokidar) emits these events. */
export interface FileEvents {
  emit(event: 'add' | 'change' | 'unlink', file: string): unknown;
}

/** Vite's `server.watch.ignored` patterns for the knowledge base's files in `dirs` (relative to the root, '/'-separated). */
export const kbFilePatterns = (dirs: string[]): string[] => dirs.map((dir) => `**/${dir}/**/*.mdx`);

/**
 * Watches the folders of `dirs` (relative to `root`) and tells `events` of each file added,
 * changed or removed, once the file system has been quiet for `settleMs` (an editor's save
 * is reported more than once). Returns false when the folders cannot be watched.
 */
export function feedKbEvents(events: FileEvents, root: string, dirs: string[], settleMs = 30): boolean {
  const inDirs = (rel: string) => dirs.some((dir) => rel.startsWith(`${dir}/`));
  const known = new Set(dirs.flatMap((dir) => mdxFilesUnder(root, dir)));
  const waiting = new Map<string, NodeJS.Timeout>();

  const settle = (rel: string) => {
    waiting.delete(rel);
    const abs = path.join(root, rel);
    const exists = fs.statSync(abs, { throwIfNoEntry: false })?.isFile() === true;
    if (exists) {
      events.emit(known.has(rel) ? 'change' : 'add', abs);
      known.add(rel);
    } else if (known.delete(rel)) events.emit('unlink', abs);
  };
  const later = (rel: string) => {
    clearTimeout(waiting.get(rel));
    waiting.set(rel, setTimeout(() => settle(rel), settleMs));
  };
  /** The folders to list for a change of the folder `under` ('' for all). */
  const scope = (under: string) =>
    under === '' ? dirs : dirs.some((dir) => under === dir || under.startsWith(`${dir}/`)) ? [under] : dirs.filter((dir) => dir.startsWith(`${under}/`));
  /** A folder made, moved in or removed (or a report without a name: '' for all): the files known and on disk compared. */
  const compare = (under: string) => {
    folders?.rescan();
    const inside = (f: string) => under === '' || f.startsWith(`${under}/`);
    const now = new Set(scope(under).flatMap((dir) => mdxFilesUnder(root, dir)));
    for (const f of now) if (!known.has(f)) later(f);
    for (const f of known) if (inside(f) && !now.has(f)) later(f);
  };
  const wasFolder = (rel: string) => {
    for (const f of known) if (f.startsWith(`${rel}/`)) return true;
    return false;
  };

  const folders = watchFolders(root, path.join(root, commonFolder(dirs)), (rel) => {
    if (rel === '') return compare('');
    if (isMdxFile(rel)) {
      if (inDirs(rel)) later(rel);
      return;
    }
    if (scope(rel).length === 0) return;
    const stat = fs.statSync(path.join(root, rel), { throwIfNoEntry: false });
    if (stat ? stat.isDirectory() : wasFolder(rel)) compare(rel);
  });
  return folders !== undefined;
}
