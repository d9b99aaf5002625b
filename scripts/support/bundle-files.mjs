// @ts-check
/**
 * A Pagefind bundle's files by their paths in it (`pagefind-entry.json`,
 * `fragment/zh-cn_8eb295f.pf_fragment`): in a folder on disk, as Pagefind writes them, or in
 * memory, as its `getFiles()` hands them over (byte for byte what it would write). The build's
 * own steps after Pagefind's (reorder-pages.mjs, compact-page-ids.mjs, worker-shim.mjs) read
 * and rewrite a bundle through these few operations, so that a site indexed at once is
 * rewritten in memory and written to disk once (search-index.mjs says why), and a large site's
 * bundle, merged from its parts on disk (sharded-index.mjs), is rewritten where it is.
 *
 * @typedef {object} BundleFiles
 * @property {(file: string) => Buffer} read a file's bytes
 * @property {(file: string, bytes: number) => Buffer} start up to its first `bytes` bytes
 * @property {(file: string, contents: Uint8Array | string) => void} write
 * @property {(from: string, to: string) => void} rename
 * @property {(file: string) => void} remove
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes the folder of each file it is given, once: a large bundle moves 100,000 fragments into
 * one folder, and a part of a large site links 20,000 pages into theirs (sharded-index.mjs).
 * @returns {(file: string) => void}
 */
export function folderMaker() {
  const made = new Set();
  return (file) => {
    const folder = path.dirname(file);
    if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true }), made.add(folder);
  };
}

/** The bundle in the folder `dir`. @param {string} dir @returns {BundleFiles} */
export function folderBundle(dir) {
  const at = (/** @type {string} */ file) => path.join(dir, file);
  const makeFolder = folderMaker();
  const folderOf = (/** @type {string} */ file) => makeFolder(at(file));
  return {
    read: (file) => fs.readFileSync(at(file)),
    start(file, bytes) {
      const fd = fs.openSync(at(file), 'r');
      try {
        const buf = Buffer.alloc(bytes);
        return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
      } finally {
        fs.closeSync(fd);
      }
    },
    write(file, contents) {
      folderOf(file);
      fs.writeFileSync(at(file), contents);
    },
    rename(from, to) {
      folderOf(to);
      fs.renameSync(at(from), at(to));
    },
    remove: (file) => fs.rmSync(at(file)),
  };
}

/**
 * A bundle held in memory, from Pagefind's `getFiles()`; `files` is what it holds.
 * @param {{ path: string, content: Uint8Array }[]} given
 * @returns {BundleFiles & { files: Map<string, Buffer> }}
 */
export function memoryBundle(given) {
  const files = new Map(given.map((f) => [f.path, Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength)]));
  const read = (/** @type {string} */ file) => {
    const bytes = files.get(file);
    if (!bytes) throw new Error(`${file}: not in the Pagefind bundle`);
    return bytes;
  };
  return {
    files,
    read,
    start: (file, bytes) => read(file).subarray(0, bytes),
    write: (file, contents) => void files.set(file, Buffer.from(contents)),
    rename(from, to) {
      files.set(to, read(from));
      files.delete(from);
    },
    remove: (file) => void (files.delete(file) || read(file)),
  };
}

/**
 * Writes a bundle held in memory into the folder `dir`, in place of whatever was there.
 * @param {Map<string, Uint8Array>} files @param {string} dir
 */
export function writeBundle(files, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const folder = folderBundle(dir);
  for (const [file, contents] of files) folder.write(file, contents);
}

/** The bundle `bundle` names: a folder's path, or the files themselves. @param {string | BundleFiles} bundle @returns {BundleFiles} */
export const bundleFiles = (bundle) => (typeof bundle === 'string' ? folderBundle(bundle) : bundle);
