/** The site gates catch what they are for, on tiny fixture sites. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/gates/links';
import { checkOffline } from '../../scripts/gates/offline';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-gate-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('link gate', () => {
  test('finds broken pages and anchors, accepts good ones', () => {
    const dir = site({
      'index.html': '<a href="/a/">a</a><a href="/a/#x">x</a><a href="/a/#nope">nope</a><a href="/gone/">gone</a><a href="https://example.org/">out</a><a href="#top">top</a><p id="top"></p>',
      'a/index.html': '<h2 id="x">x</h2><a href="../">up</a><script src="/app.js"></script>',
      'app.js': '',
    });
    const report = checkLinks(dir);
    expect(report.pages).toBe(2);
    expect(report.links).toBe(7);
    expect(report.broken).toEqual([
      { page: '/', href: '/a/#nope', why: '目标页面没有 id 为 “nope” 的锚点' },
      { page: '/', href: '/gone/', why: '目标页面或文件不存在' },
    ]);
  });
});

describe('offline gate', () => {
  test('finds scripts, styles and fonts from other hosts, not outbound links', () => {
    const dir = site({
      'index.html':
        '<link rel="canonical" href="https://kb.example.cn/"><a href="https://gov.cn/">gov</a>' +
        '<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="//fonts.example.com/a.css">',
      'a.css': '@font-face{src:url(https://fonts.example.com/f.woff2)} .x{background:url(/local.png)}',
    });
    expect(checkOffline(dir).loads).toEqual([
      { file: 'a.css', url: 'https://fonts.example.com/f.woff2' },
      { file: 'index.html', url: 'https://cdn.example.com/x.js' },
      { file: 'index.html', url: '//fonts.example.com/a.css' },
    ]);
  });
});
