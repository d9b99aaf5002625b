/**
 * Content grows without breaking anything: a copy of the site with a second (fictional)
 * source and its section, category, passage and entries, a plan no text names yet and a
 * new term (tests/fixtures/growth) passes every content rule and builds, with a page for each.
 * A third (fictional) report is imported with `npm run import` (tests/fixtures/second-report),
 * reviewed (its drafts published, one entry continuing a 2023 one) and built beside the
 * real one; the same text imported once more is left as drafts, checked but not on the site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, publishedPart, REGISTRY } from '../../src/kb/registry';
import { sourceLabel } from '../../src/kb/place';
import { OTHER_REPORTS } from '../../src/config/sidebar';
import { sidebarOf } from '../support/sidebar';
import { formatError } from '../../src/kb/rules';
import { collectionFiles, loadContent } from '../../src/load/fs';
import { buildSite, copySite, readBuilt, type BuildResult } from '../../scripts/support/build';
import { ROOT } from '../support/corpus';

const FIXTURE = path.join(ROOT, 'tests/fixtures/growth/content');
const SECOND = path.join(ROOT, 'tests/fixtures/second-report/report.txt');
const IMPORTED = { source: 'fictional-2098', prefix: 'fx2098' };
const DRAFTED = { source: 'fictional-2099', prefix: 'fx2099' };
let site: string;
let build: BuildResult;
let importOutput = '';

/** Runs `npm run import` on the site copy, as an editor would. */
function runImport(report: { source: string; prefix: string }): string {
  const year = report.source.slice(-4);
  const args = ['--root', site, '--source', report.source, '--title', `虚构测试报告（${year}）`, '--year', year, '--prefix', report.prefix, '--publisher', '虚构测试机构', '--city', '湘潭', SECOND];
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`import failed: ${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** The drafts of a report, as the files under content/ that name it. */
const draftsOf = (report: { source: string; prefix: string }) =>
  fs
    .readdirSync(path.join(site, 'content'), { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(site, 'content', f))
    .filter((f) => {
      if (!f.endsWith('.mdx')) return false;
      const text = fs.readFileSync(f, 'utf8');
      return /^draft: true$/m.test(text) && new RegExp(`${report.source}|${report.prefix}-`).test(text);
    });

/** What an editor does after reviewing the drafts: removes the note and draft: true. */
function publish(file: string, change: (text: string) => string = (t) => t): void {
  const text = fs.readFileSync(file, 'utf8').replace(/^# .*\n/gm, '').replace(/^draft: true\n/m, '');
  fs.writeFileSync(file, change(text));
}

beforeAll(() => {
  site = copySite();
  fs.cpSync(FIXTURE, path.join(site, 'content'), { recursive: true });
  importOutput = runImport(IMPORTED);
  const { corpus } = loadContent(site);
  const earlier = corpus.entries.find((e) => e.data.source !== IMPORTED.source && e.data.category?.endsWith('services'))!;
  for (const file of draftsOf(IMPORTED)) {
    const continues = file.includes(`${IMPORTED.prefix}-services-01`) ? `continues: ${earlier.data.id}\n` : '';
    publish(file, (t) => t.replace(/^order: /m, `${continues}order: `));
  }
  runImport(DRAFTED);
  build = buildSite(site);
});
afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(build.outDir, { recursive: true, force: true });
});

describe('the site with a second source and new content', () => {
  test('passes every content rule and builds', () => {
    expect(loadContent(site).errors.map(formatError)).toEqual([]);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test('has a page for each new item, and the plan no text names says so', () => {
    const grown = loadContent(site).corpus;
    for (const name of ['entries', 'plans', 'terms', 'sections', 'categories'] as const) {
      const added = collectionFiles(name, path.dirname(FIXTURE));
      expect(added.length, name).toBeGreaterThan(0);
      for (const { id, file } of added) expect(fs.existsSync(path.join(build.outDir, REGISTRY[name].page(id), 'index.html')), file).toBe(true);
    }
    const uncited = grown.plans.find((p) => !grown.entries.some((e) => e.data.plans.includes(p.data.id)) && !grown.passages.some((x) => x.data.plans.includes(p.data.id)))!;
    expect(readBuilt(build.outDir, path.join(REGISTRY.plans.page(uncited.data.id), 'index.html'))).toContain('尚无条目或段落提及本文件。');
  });

  test('says which report each listed entry is from, and has a page for each report', () => {
    const corpus = publishedPart(loadContent(site).corpus);
    for (const s of corpus.sources) {
      expect(fs.existsSync(path.join(build.outDir, REGISTRY.sources.page(s.data.id), 'index.html'))).toBe(true);
      const entry = corpus.entries.find((e) => e.data.source === s.data.id && e.data.category)!;
      const listing = readBuilt(build.outDir, path.join(REGISTRY.categories.page(entry.data.category!), 'index.html'));
      expect(listing).toContain(sourceLabel(s.data));
    }
    const labels = corpus.sources.map((s) => sourceLabel(s.data));
    const related = corpus.entries
      .map((e) => readBuilt(build.outDir, path.join(REGISTRY.entries.page(e.data.id), 'index.html')))
      .filter((html) => html.includes('id="related"'))
      .map((html) => html.slice(html.indexOf('id="related"'), html.indexOf('</section>', html.indexOf('id="related"'))));
    expect(related.length).toBeGreaterThan(0);
    for (const r of related) expect(labels.some((l) => r.includes(l))).toBe(true);
  });

  test('shows a project’s history across reports on each of its entries, newest first', () => {
    const { corpus } = loadContent(site);
    for (const later of corpus.entries.filter((e) => e.data.continues)) {
    const earlier = corpus.entries.find((e) => e.data.id === later.data.continues)!;
    for (const e of [later, earlier]) {
      const page = readBuilt(build.outDir, path.join(REGISTRY.entries.page(e.data.id), 'index.html'));
      const history = page.slice(page.indexOf('id="history"'));
      expect(history).toContain('项目沿革');
      const years = [...history.matchAll(/class="kb-history-year"[^>]*>(\d{4})年/g)].map((m) => Number(m[1]));
      expect(years).toEqual([...years].sort((x, y) => y - x));
      expect(years.length).toBe(2);
    }
    }
  });

  test('an entry page’s sidebar shows its own report’s sections and categories, the new ones included', () => {
    const corpus = publishedPart(loadContent(site).corpus);
    for (const source of corpus.sources) {
      const entry = corpus.entries.find((e) => e.data.source === source.data.id)!;
      const html = readBuilt(build.outDir, path.join(REGISTRY.entries.page(entry.data.id), 'index.html'));
      const sidebar = sidebarOf(html);
      const sections = corpus.sections.filter((s) => s.data.source === source.data.id);
      for (const s of sections) expect(sidebar, entry.file).toContain(`href="${REGISTRY.sections.page(s.data.id)}"`);
      for (const c of corpus.categories.filter((c) => sections.some((s) => s.data.id === c.data.section))) expect(sidebar, entry.file).toContain(`href="${REGISTRY.categories.page(c.data.id)}"`);
    }
  });
});

describe('a report imported with npm run import, reviewed and published', () => {
  test('the importer says what it wrote, all drafts, all passing the rules', () => {
    expect(importOutput).toMatch(new RegExp(`已导入 ${IMPORTED.source}.*写入 \\d+ 个文件`));
    expect(importOutput).toContain('草稿通过了全部内容规则。');
  });

  test('both reports have their page, their text for download, and their entries in the exports with source and year', () => {
    const { corpus } = loadContent(site);
    const exported = JSON.parse(readBuilt(build.outDir, 'data/entries.json')) as { entries?: { id: string; year: number; sourceTitle: string }[] } | { id: string; year: number; sourceTitle: string }[];
    const rows = Array.isArray(exported) ? exported : exported.entries!;
    const csv = readBuilt(build.outDir, 'data/entries.csv');
    for (const s of corpus.sources.filter((x) => !x.data.draft)) {
      expect(fs.existsSync(path.join(build.outDir, REGISTRY.sources.page(s.data.id), 'index.html')), s.data.id).toBe(true);
      for (const e of corpus.entries.filter((x) => x.data.source === s.data.id)) {
        expect(rows.find((r) => r.id === e.data.id), e.data.id).toMatchObject({ year: s.data.year, sourceTitle: sourceLabel(s.data) });
        expect(csv).toContain(e.data.id);
      }
    }
  });

  test('the progress board has a table for each published report, its counts filtered by that report', () => {
    const corpus = publishedPart(loadContent(site).corpus);
    const html = readBuilt(build.outDir, 'progress/index.html');
    for (const s of corpus.sources) {
      const at = html.indexOf(`id="matrix-${s.data.id}"`);
      expect(at, s.data.id).toBeGreaterThan(0);
      const table = html.slice(at, html.indexOf('</table>', at));
      expect(table).toContain(`source=${encodeURIComponent(sourceLabel(s.data))}`);
      const total = corpus.entries.filter((e) => e.data.source === s.data.id).length;
      expect(table).toMatch(new RegExp(`<td>${total}</td>\\s*</tr>\\s*</tfoot>`));
    }
    expect(html).not.toContain(`matrix-${DRAFTED.source}`);
  });

  test('the home page groups the sections by report, each report linked; the sidebar links the newest other reports', () => {
    const corpus = publishedPart(loadContent(site).corpus);
    const home = readBuilt(build.outDir, 'index.html');
    const entry = corpus.entries[0]!;
    const page = readBuilt(build.outDir, path.join(REGISTRY.entries.page(entry.data.id), 'index.html'));
    const sidebar = sidebarOf(page);
    for (const s of corpus.sources) expect(home, s.data.id).toContain(`<a href="${REGISTRY.sources.page(s.data.id)}">${sourceLabel(s.data)}</a>`);
    const others = corpus.sources.filter((s) => s.data.id !== entry.data.source).sort((a, b) => b.data.year - a.data.year);
    for (const [i, s] of others.entries()) expect(sidebar.includes(`href="${REGISTRY.sources.page(s.data.id)}"`), s.data.id).toBe(i < OTHER_REPORTS);
  });

  test('entry pages of both reports carry the source facet for search', () => {
    const { corpus } = loadContent(site);
    const labels = new Set<string>();
    for (const s of corpus.sources.filter((x) => !x.data.draft)) {
      const e = corpus.entries.find((x) => x.data.source === s.data.id)!;
      const html = readBuilt(build.outDir, path.join(REGISTRY.entries.page(e.data.id), 'index.html'));
      const facet = /data-pagefind-filter="来源:([^"]+)"/.exec(html)?.[1] ?? /data-pagefind-filter="来源"[^>]*>([^<]+)</.exec(html)?.[1];
      expect(facet, e.data.id).toBeTruthy();
      labels.add(facet!);
    }
    expect(labels.size).toBe(corpus.sources.filter((x) => !x.data.draft).length);
    // the search page offers each published report as a filter, and no draft one
    const form = readBuilt(build.outDir, 'search/index.html');
    for (const label of labels) expect(form).toContain(`value="${label}"`);
    const draft = corpus.sources.find((x) => x.data.draft)!;
    expect(form).not.toContain(`value="${sourceLabel(draft.data)}"`);
  });

  test('drafts are checked like all content but are not on the site', () => {
    const { corpus, errors } = loadContent(site);
    expect(errors).toEqual([]);
    const drafts = COLLECTION_NAMES.flatMap((n) => (corpus[n] as { file: string; data: { id: string; draft?: boolean } }[]).filter((d) => d.data.draft).map((d) => [n, d] as const));
    expect(drafts.some(([n]) => n === 'entries')).toBe(true);
    for (const [name, d] of drafts) {
      const page = (REGISTRY[name] as { page?: (id: string) => string }).page;
      if (page) expect(fs.existsSync(path.join(build.outDir, page(d.data.id), 'index.html')), d.file).toBe(false);
    }
    expect(readBuilt(build.outDir, 'data/entries.csv')).not.toContain(`${DRAFTED.prefix}-`);
    // a mistake in a draft is reported as in any file
    const draft = drafts.find(([n]) => n === 'entries')![1];
    const file = path.join(site, draft.file);
    const before = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, before.replace(/^status: .*$/m, 'status: finished'));
      expect(loadContent(site).errors.map(formatError).join('\n')).toContain(`${draft.file}：字段 status 的值 "finished" 有误`);
    } finally {
      fs.writeFileSync(file, before);
    }
  });

  test('the fidelity check of the imported report catches a changed word', () => {
    const { corpus } = loadContent(site);
    const entry = corpus.entries.find((e) => e.data.source === IMPORTED.source && !e.data.draft && e.body.includes('建'))!;
    const file = path.join(site, entry.file);
    const before = fs.readFileSync(file, 'utf8');
    try {
      const head = before.slice(0, before.lastIndexOf('---') + 3);
      fs.writeFileSync(file, head + before.slice(head.length).replace('建', '造'));
      const errors = loadContent(site).errors.map(formatError);
      expect(errors.some((e) => e.startsWith(`${entry.file}：字段 正文`) && e.includes(`与来源报告第 ${entry.data.order} 条不符`)), errors.join('\n')).toBe(true);
    } finally {
      fs.writeFileSync(file, before);
    }
  });
});
