/** The folders of one-sentence pages the minimal reproductions of Pagefind's limits index. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A new temporary folder `prefix…` (in `parent`, the system's temporary folder unless given) with n pages, p0/index.html … , the i-th written by `page(i)`. */
export function writePages(prefix: string, n: number, page: (i: number) => string, parent = os.tmpdir()): string {
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, prefix));
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `p${i}`, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page(i));
  }
  return dir;
}
