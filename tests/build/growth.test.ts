/**
 * Content grows without breaking anything: a copy of the site with a second (fictional)
 * source and its section, category, passage and entries, a plan no text names yet and a
 * new term (tests/fixtures/growth) passes every content rule and builds, with a page for each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REGISTRY } from '../../src/kb/registry';
import { sourceLabel } from '../../src/kb/place';
import { formatError } from '../../src/kb/rules';
import { collectionFiles, loadContent } from '../../src/load/fs';
import { buildSite, copySite, readBuilt, type BuildResult } from '../../scripts/support/build';
import { ROOT } from '../support/corpus';

const FIXTURE = path.join(ROOT, 'tests/fixtures/growth/content');
let site: string;
let build: BuildResult;

beforeAll(() => {
  site = copySite();
  fs.cpSync(FIXTURE, path.join(site, 'content'), { recursive: true });
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
    const { corpus } = loadContent(site);
    for (const s of corpus.sources) {
      expect(fs.existsSync(path.join(build.outDir, REGISTRY.sources.page(s.data.id), 'index.html'))).toBe(true);
      const entry = corpus.entries.find((e) => e.data.source === s.data.id && e.data.category)!;
      const listing = readBuilt(build.outDir, path.join(REGISTRY.categories.page(entry.data.category!), 'index.html'));
      expect(listing).toContain(sourceLabel(s.data));
    }
  });

  test('shows a project’s history across reports on each of its entries, newest first', () => {
    const { corpus } = loadContent(site);
    const later = corpus.entries.find((e) => e.data.continues)!;
    const earlier = corpus.entries.find((e) => e.data.id === later.data.continues)!;
    for (const e of [later, earlier]) {
      const page = readBuilt(build.outDir, path.join(REGISTRY.entries.page(e.data.id), 'index.html'));
      const history = page.slice(page.indexOf('id="history"'));
      expect(history).toContain('项目沿革');
      const years = [...history.matchAll(/class="kb-history-year"[^>]*>(\d{4})年/g)].map((m) => Number(m[1]));
      expect(years).toEqual([...years].sort((x, y) => y - x));
      expect(years.length).toBe(2);
    }
  });

  test('shows the new section and category in the sidebar', () => {
    const { corpus } = loadContent(site);
    const html = readBuilt(build.outDir, path.join(REGISTRY.entries.page(corpus.entries[0]!.data.id), 'index.html'));
    const sidebar = html.slice(html.indexOf('aria-label="主要"'));
    for (const c of corpus.categories) expect(sidebar).toContain(`href="${REGISTRY.categories.page(c.data.id)}"`);
    for (const s of corpus.sections) expect(sidebar).toContain(`href="${REGISTRY.sections.page(s.data.id)}"`);
  });
});
