/** The site gates catch what they are for, on tiny fixture sites. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkHtml } from '../../scripts/gates/html';
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

describe('HTML gate', () => {
  test('reports invalid HTML with its file, and allows only Starlight\'s script aria-hidden', () => {
    const doc = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
    const dir = site({
      'good/index.html': doc('<p>好</p><script aria-hidden="true">0</script>'),
      'bad/index.html': doc('<figure><figcaption>图</figcaption><table><tr><td>1</td></tr></table><figcaption>又一个</figcaption></figure><p id="x"></p><p id="x"></p>'),
    });
    const report = checkHtml(dir);
    expect(report.allowed).toBe(1);
    expect(report.errors.length).toBeGreaterThanOrEqual(2);
    expect(report.errors.every((e) => e.file.includes('bad/index.html'))).toBe(true);
    expect(report.errors.map((e) => e.message).join('\n')).toMatch(/Duplicate ID “x”/);
  });
});
