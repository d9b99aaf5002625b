/**
 * The baseline for search quality: plain Pagefind with default settings over one plain
 * page per entry (its title and its text), as a site without our search work would have.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kb } from '../../src/kb/model';
import { urls } from '../../src/kb/urls';
import { indexSite } from '../../scripts/support/search-index.mjs';

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export async function buildBaselineSite(kb: Kb): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-baseline-'));
  for (const e of kb.entries) {
    const file = path.join(dir, urls.entry(e.id), 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(e.title)}</title></head>` +
        `<body><main><h1>${escape(e.title)}</h1><p>${escape(e.text)}</p></main></body></html>`,
    );
  }
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head><body></body></html>');
  await indexSite(dir, { log: () => {} });
  return dir;
}
