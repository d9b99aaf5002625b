/**
 * The paths the operating system reports changed under a folder: one plain watch per folder
 * below it. (Node's recursive watch on Linux reported a save 40–60 ms late, twice, and took
 * 190 ms and ~60 MiB to start on 10,000 files; a plain watch reports it within a millisecond.)
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FolderEvents {
  /**
   * The paths reported since the last call, relative to the root and '/'-separated (an
   * empty string when a folder reported a change without a name or stopped being watched);
   * undefined once watching has failed, when the caller must look at the files itself.
   */
  take(): Set<string> | undefined;
  /** Watches the folders made since the start or the last rescan, and lets go of removed ones. */
  rescan(): void;
}

/** The folder holding every one of `dirs` (relative, '/'-separated; '.' when they share none). */
export function commonFolder(dirs: string[]): string {
  const split = dirs.map((d) => d.split('/'));
  const common: string[] = [];
  for (let i = 0; split.every((d) => i < d.length && d[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.join('/') || '.';
}

function foldersUnder(abs: string): string[] {
  const entries = fs.readdirSync(abs, { withFileTypes: true });
  return [abs, ...entries.filter((d) => d.isDirectory()).flatMap((d) => foldersUnder(path.join(abs, d.name)))];
}

/**
 * Watches `top` (absolute) and every folder under it; undefined when it cannot (no such folder,
 * or no watches left). With `listener`, each path is given to it as it is reported, rather
 * than kept for `take()`.
 */
export function watchFolders(root: string, top: string, listener?: (path: string) => void): FolderEvents | undefined {
  const watchers = new Map<string, fs.FSWatcher>();
  let reported = new Set<string>();
  let failed = false;
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const report = (relPath: string) => (listener ? listener(relPath) : reported.add(relPath));
  const watch = (folder: string) => {
    const watcher = fs.watch(folder, (_event, name) => report(name ? rel(path.join(folder, name.toString())) : ''));
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
      report('');
    });
    // the dev server's life is the watches' life: they never keep a process running
    watcher.unref();
    watchers.set(folder, watcher);
  };
  const rescan = () => {
    const now = new Set(fs.existsSync(top) ? foldersUnder(top) : []);
    for (const [folder, watcher] of watchers) {
      if (now.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of now) if (!watchers.has(folder)) watch(folder);
  };
  const stop = () => {
    failed = true;
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
  try {
    rescan();
  } catch {
    stop();
  }
  if (watchers.size === 0) return undefined;
  return {
    take() {
      if (failed) return undefined;
      const taken = reported;
      reported = new Set();
      return taken;
    },
    rescan() {
      if (failed) return;
      try {
        rescan();
      } catch {
        stop();
      }
    },
  };
}
