/** The site gates catch what they are for, on tiny fixture sites. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHtml } from '../../scripts/gates/html';
import { checkHtmlValidate } from '../../scripts/gates/html-validate';
import { checkLinks } from '../../scripts/gates/links';
import { checkOffline } from '../../scripts/gates/offline';
import { checkSecurity } from '../../scripts/gates/security';
import { applyCsp } from '../../src/build/csp/site';
import { rewriteFile } from '../../src/build/csp/apply';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fixture site in a folder of its own, removed after the tests. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-gate-'));
  made.push(dir);
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

describe('security gate', () => {
  const doc = (head: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

  test('passes pages that got their policy from the build step, with the site policy in _headers', async () => {
    const dir = site({
      'index.html': doc('<script>a()</script><style>p{}</style>', '<p style="--depth: 0;">x</p>'),
      'a/index.html': doc('<script type="module">b()</script>', '<a href="/">home</a>'),
    });
    expect(await applyCsp(dir)).toEqual({ pages: 2, threads: 1 });
    const report = checkSecurity(dir);
    expect(report).toEqual({ pages: 2, inline: 4, problems: [] });
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toBe("/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n");
  });

  test('a page written back over itself holds exactly the new text, longer or shorter', () => {
    const dir = site({ 'a.html': '<p>长株潭一体化</p>' });
    const file = path.join(dir, 'a.html');
    rewriteFile(file, (t) => t.replace('<p>', '<meta charset="utf-8"><p>'));
    expect(fs.readFileSync(file, 'utf8')).toBe('<meta charset="utf-8"><p>长株潭一体化</p>');
    rewriteFile(file, () => '湘潭');
    expect(fs.readFileSync(file, 'utf8')).toBe('湘潭');
  });

  test('worker threads give every page the same policy as one thread does', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 1200 }, (_, i) => [`p${i}/index.html`, doc(`<script>a(${i % 7})</script>`, `<p style="--depth: ${i % 3};">${i}</p>`)]),
    );
    const [one, two] = [site(pages), site(pages)];
    expect(await applyCsp(one, 1)).toEqual({ pages: 1200, threads: 1 });
    expect(await applyCsp(two, 2, 500)).toEqual({ pages: 1200, threads: 2 });
    for (const file of Object.keys(pages)) expect(fs.readFileSync(path.join(two, file), 'utf8')).toBe(fs.readFileSync(path.join(one, file), 'utf8'));
    expect(checkSecurity(two).problems).toEqual([]);
  });

  test('reports a page without a policy, code the policy does not list, inline handlers and javascript: links', async () => {
    const dir = site({ 'index.html': doc('<script>a()</script>', '<p>x</p>'), 'b/index.html': doc('', '<p>b</p>') });
    await applyCsp(dir);
    const changed = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace('</body>', '<script>evil()</script><button onclick="evil()">x</button><a href="javascript:evil()">y</a><p style="color:red">z</p></body>');
    fs.writeFileSync(path.join(dir, 'index.html'), changed);
    fs.writeFileSync(path.join(dir, 'c.html'), doc('', ''));
    fs.writeFileSync(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-inline'\n");
    expect(checkSecurity(dir).problems.map((p) => `${p.file}：${p.why.replace(/：.*/, '')}`)).toEqual([
      'c.html：应有 1 个 Content-Security-Policy <meta>，实有 0 个',
      'index.html：内联脚本未列入 script-src',
      'index.html：style 属性未列入 style-src-attr',
      'index.html：内联事件处理属性 onclick',
      'index.html：javascript: 网址',
      "_headers：script-src 含有 'unsafe-inline'",
      "_headers：frame-ancestors 不是 'none'",
    ]);
  });
});

describe('html-validate gate', () => {
  const doc = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

  test('reports errors with file, line and rule; allows only the listed Starlight markup', () => {
    const dir = site({
      'good/index.html': doc('<header><nav><button>菜单</button></nav></header><form><label><input type="checkbox" name="city" value="a">a</label><label><input type="checkbox" name="city" value="b">b</label><button type="submit">筛选</button></form><h1 id="_top">x</h1>'),
      'bad/index.html': doc('<p>一\n<div>二</div></p><button>我们的按钮</button><img src="/a.png">'),
    });
    const report = checkHtmlValidate(dir);
    expect(report.pages).toBe(2);
    expect(report.allowed).toBe(1);
    expect(report.errors.every((e) => e.file === 'bad/index.html' && e.line >= 1)).toBe(true);
    expect(report.errors.map((e) => e.rule)).toEqual(expect.arrayContaining(['no-implicit-button-type', 'wcag/h37']));
  });
});
