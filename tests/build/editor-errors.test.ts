/** A mistake in a content file stops the real build with a message an editor can act on. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, copySite } from '../../scripts/support/build';
import { checkLinks, describeBroken } from '../../scripts/gates/links';
import { sitePages } from '../../src/config/site-pages';

const FILE = 'content/entries/xiangtan-2023/xt2023-reform-01.mdx';

/** Builds a copy of the site with one file changed; `inspect` sees the output before it is removed. */
function buildWith(edit: (source: string) => string, changed = FILE, inspect?: (outDir: string, site: string) => void) {
  const site = copySite();
  const file = path.join(site, changed);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  const result = buildSite(site);
  try {
    inspect?.(result.outDir, site);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
    fs.rmSync(result.outDir, { recursive: true, force: true });
  }
  return result;
}

describe('the build stops on an editor mistake', () => {
  test('an unknown kind: Astro names the file, the field, the value and the allowed values', () => {
    const { status, output } = buildWith((s) => s.replace(/^kind: reform$/m, 'kind: reformm'));
    expect(status).not.toBe(0);
    expect(output).toContain('xt2023-reform-01');
    expect(output).toContain('kind: 未知取值 "reformm"；允许的取值：plan（规划文件）');
    expect(output).toContain(FILE);
  });

  test('an unknown category: the integrity check names the file, the field, the value and the allowed values', () => {
    const { status, output } = buildWith((s) => s.replace(/^category: reform$/m, 'category: reforms'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${FILE}：字段 category 的值 "reforms" 有误：没有这个栏目 breakthroughs 下的类别；允许的取值：ecology、industry、innovation、planning、reform、services、transport、zones`,
    );
  });

  test('an MDX syntax error: the build names the file and the line', () => {
    const { status, output } = buildWith((s) => s.replace(/\n\n(.)/, '\n\n<span>$1'));
    expect(status).not.toBe(0);
    expect(output).toContain('Expected a closing tag for `<span>`');
    expect(output).toMatch(new RegExp(`${FILE.replace(/\./g, '\\.')}:\\d+:\\d+`));
  });

  test('a broken link or anchor in MDX: the links validator names the file, the line and the link', () => {
    const ABOUT = 'content/docs/about.mdx';
    const { status, output } = buildWith(
      (s) => `${s.trimEnd()}\n\n见[校勘记录](#no-such-heading)与[某条目](/entries/xt2023-nope-01/)。\n`,
      ABOUT,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Links validation failed');
    const report = output.slice(output.indexOf('about.mdx'));
    expect(report).toMatch(/\d+ \| #no-such-heading\s+·\s+╰── invalid hash/);
    expect(report).toMatch(/\d+ \| \/entries\/xt2023-nope-01\/\s+·\s+╰── invalid link/);
  });

  test('an anchor missing on another page: the build passes it on, the link gate names the page and its MDX file', () => {
    let broken: string[] = [];
    const { status } = buildWith((s) => `${s.trimEnd()}\n\n见[引用数据](/citing/#no-such-heading)。\n`, 'content/docs/about.mdx', (outDir, site) => {
      broken = checkLinks(outDir, sitePages(site)).broken.map(describeBroken);
    });
    expect(status).toBe(0);
    expect(broken).toEqual(['/about/（content/docs/about.mdx） → /citing/#no-such-heading：目标页面没有 id 为 “no-such-heading” 的锚点']);
  });
});
