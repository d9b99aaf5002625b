/**
 * Lists that grow with the collection (a city's, a glossary term's, a plan's entries, the
 * figures, the progress boards, the home page's sections, the search page's reports) stay
 * bounded on their page, the newest reports' first, with a link to all of them. A copy of the site with synthetic reports (the
 * benchmark's generator) beside the real one, built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readBuilt, type BuildResult } from '../../scripts/support/build';
import type { EntryView, Kb } from '../../src/kb/model';
import { urls } from '../../src/kb/urls';
import { cityGroups } from '../../src/views/cities';
import { CELL_LIMIT, LIST_LIMIT, REPORTS_SHOWN } from '../../src/views/long-lists';
import { CHART_LIMIT, comparable, figureRows } from '../../src/views/figures';
import { siteWithSyntheticReports } from '../support/synthetic-site';
import { byNewestReport, newestFirst, sourceLabel } from '../../src/kb/place';
import { entryListUrl } from '../../src/search/client/state';

let site = '';
let build: BuildResult;
let kb: Kb;

beforeAll(() => {
  ({ site, kb } = siteWithSyntheticReports());
  build = buildSite(site);
}, 300_000);
afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(build.outDir, { recursive: true, force: true });
});

/** The entry links of the first entry list after `marker` in a page, and what follows the list. */
function listAfter(html: string, marker: string): { hrefs: string[]; after: string } {
  const from = html.indexOf('<ol class="kb-entry-list"', html.indexOf(marker));
  const to = html.indexOf('</ol>', from);
  const hrefs = [...html.slice(from, to).matchAll(/<a href="([^"]+)" class="kb-entry-title"/g)].map((m) => m[1]!);
  return { hrefs, after: html.slice(to, to + 600) };
}

/** A long list shows LIST_LIMIT entries, the newest reports' first, and says how many there are; a short one shows all. */
function expectBounded(list: { hrefs: string[]; after: string }, entries: EntryView[], what: string) {
  expect(list.hrefs.length, what).toBe(Math.min(entries.length, LIST_LIMIT));
  if (entries.length <= LIST_LIMIT) return expect(list.hrefs.sort(), what).toEqual(entries.map((e) => urls.entry(e.id)).sort());
  expect(list.after, what).toContain(`共 ${entries.length} 条`);
  const yearOf = new Map(entries.map((e) => [urls.entry(e.id), kb.source(e.source).year]));
  const shown = list.hrefs.map((h) => yearOf.get(h)!);
  const left = entries.filter((e) => !list.hrefs.includes(urls.entry(e.id))).map((e) => kb.source(e.source).year);
  expect(Math.min(...shown), what).toBeGreaterThanOrEqual(Math.max(...left));
}

describe('lists that grow with the collection', () => {
  test('the build passes', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  test('the cities page shows at most LIST_LIMIT entries a city, and links to the search page for all', () => {
    const html = readBuilt(build.outDir, 'cities/index.html');
    const groups = cityGroups(kb);
    expect(groups.some((g) => g.entries.length > LIST_LIMIT)).toBe(true);
    for (const g of groups) {
      const list = listAfter(html, `<h2 id="${g.id}"`);
      expectBounded(list, g.entries, g.id);
      if (g.entries.length > LIST_LIMIT) expect(list.after).toContain(`href="${urls.search()}?`);
    }
  });

  test('a glossary term used by many entries shows at most LIST_LIMIT of them, and links to the search page', () => {
    const term = [...kb.terms].sort((a, b) => kb.entriesUsingTerm(b.id).length - kb.entriesUsingTerm(a.id).length)[0]!;
    const entries = kb.entriesUsingTerm(term.id);
    expect(entries.length).toBeGreaterThan(LIST_LIMIT);
    const list = listAfter(readBuilt(build.outDir, path.join(urls.term(term.id), 'index.html')), 'id="entries"');
    expectBounded(list, entries, term.id);
    expect(list.after).toContain(`搜索“${term.term}”的全部条目`);
  });

  test('the progress page has a table for each of the newest reports, rows linking to their category or section page, then a row for each earlier report; it lists no entries itself', () => {
    const html = readBuilt(build.outDir, 'progress/index.html');
    expect(html).not.toContain('class="kb-entry-list"');
    const boards = newestFirst(kb).slice(0, REPORTS_SHOWN);
    const earlier = newestFirst(kb).slice(REPORTS_SHOWN);
    expect(earlier.length).toBeGreaterThan(0);
    for (const s of boards) expect(html, s.id).toContain(`id="matrix-${s.id}"`);
    for (const s of earlier) {
      expect(html, s.id).not.toContain(`id="matrix-${s.id}"`);
      expect(html, s.id).toContain(`<th scope="row"><a href="${urls.source(s.id)}">`);
    }
    for (const c of kb.categories.filter((c) => boards.some((s) => s.id === kb.section(c.section).source))) expect(html).toContain(`<th scope="row"><a href="${urls.category(c.id)}">`);
  });

  test('the home page shows the sections of the newest reports, as many as the progress page has tables, and counts and links the earlier ones', () => {
    const page = readBuilt(build.outDir, 'index.html');
    const from = page.indexOf('<h2 id="报告栏目"');
    const html = page.slice(from, page.indexOf('<h2', from + 1));
    const shown = newestFirst(kb).slice(0, REPORTS_SHOWN);
    const earlier = newestFirst(kb).slice(REPORTS_SHOWN);
    expect(earlier.length).toBeGreaterThan(0);
    const sectionLinks = (s: { id: string }) => kb.sections.filter((x) => x.source === s.id).map((x) => `href="${urls.section(x.id)}"`);
    for (const s of shown) {
      expect(html, s.id).toContain(`<h3><a href="${urls.source(s.id)}">`);
      for (const link of sectionLinks(s)) expect(html, s.id).toContain(link);
    }
    for (const s of earlier) for (const link of sectionLinks(s)) expect(html, s.id).not.toContain(link);
    expect(html).toContain(`另有 ${earlier.length} 份更早的报告，见<a href="${urls.sources()}">全部 ${kb.sources.length} 份报告</a>`);
  });

  test('the search page lists the newest reports as 来源 values, says how many more there are, and each report page links to its entries there', () => {
    const html = readBuilt(build.outDir, 'search/index.html');
    const boxes = [...html.matchAll(/data-facet="来源"/g)].length;
    expect(boxes).toBe(REPORTS_SHOWN);
    expect(html).toContain(`另有 ${kb.sources.length - boxes} 份更早的报告`);
    for (const s of newestFirst(kb).slice(0, boxes)) expect(html).toContain(`value="${sourceLabel(s)}" data-facet="来源"`);
    for (const s of kb.sources) {
      const page = readBuilt(build.outDir, path.join(urls.source(s.id), 'index.html'));
      expect(page, s.id).toContain(`href="${entryListUrl({ 来源: [sourceLabel(s)] }).replaceAll('&', '&amp;')}"`);
    }
  });

  test('the outlook page gives the newest outlooks in full, whichever reports have one, and links the earlier ones to their report', () => {
    const html = readBuilt(build.outDir, 'outlook/index.html');
    const outlooks = byNewestReport(kb, kb.passages.filter((p) => p.kind === 'outlook'));
    for (const [i, p] of outlooks.entries()) {
      if (i < REPORTS_SHOWN) expect(html, p.id).toContain(p.paragraphs[0]!.slice(0, 30));
      else expect(html, p.id).toContain(`href="${urls.source(p.source)}#outlook"`);
    }
  });

  test('the figures page charts at most CHART_LIMIT amounts, one bar per category title, and tables the figures of at most LIST_LIMIT entries', () => {
    const html = readBuilt(build.outDir, 'figures/index.html');
    const rows = figureRows(kb);
    const charts = [...html.matchAll(/<table class="kb-chart-data[\s\S]*?<\/table>/g)].map((m) => (m[0].match(/<tr><td/g) ?? []).length);
    expect(charts[0]).toBe(Math.min(CHART_LIMIT, comparable(rows, '亿元').length));
    expect(charts[1]).toBe(new Set(kb.categories.map((c) => c.title)).size);
    const table = html.slice(html.indexOf('<table class="kb-figures'), html.indexOf('</table>', html.indexOf('<table class="kb-figures')));
    const tabled = (table.match(/<td class="kb-num"/g) ?? []).length;
    const stating = kb.entries.filter((e) => e.figures.length > 0);
    expect(stating.length).toBeGreaterThan(LIST_LIMIT);
    expect(new Set([...table.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).size).toBe(LIST_LIMIT);
    expect(tabled).toBeLessThan(rows.length);
    expect(html).toContain(`全部 ${rows.length} 项见`);
  });

  test('a plan named by many entries: the plans page and its own details show at most CELL_LIMIT of them and the count, each category title once', () => {
    const plan = [...kb.plans].sort((a, b) => kb.entriesNamingPlan(b.id).length - kb.entriesNamingPlan(a.id).length)[0]!;
    const entries = kb.entriesNamingPlan(plan.id);
    expect(entries.length).toBeGreaterThan(CELL_LIMIT);
    const index = readBuilt(build.outDir, 'plans/index.html');
    const row = index.slice(index.indexOf(`<a href="${urls.plan(plan.id)}">`), index.indexOf('</tr>', index.indexOf(`<a href="${urls.plan(plan.id)}">`)));
    const cell = (label: string) => row.slice(row.indexOf(`data-label="${label}"`), row.indexOf('</td>', row.indexOf(`data-label="${label}"`)));
    expect((cell('相关条目').match(/href="\/entries\//g) ?? []).length).toBe(CELL_LIMIT);
    expect(cell('相关条目')).toContain(`共 ${entries.length} 条`);
    const titles = cell('相关类别').replace(/^[^>]*>/, '').split('、');
    expect(titles.length).toBe(new Set(titles).size);
    const page = readBuilt(build.outDir, path.join(urls.plan(plan.id), 'index.html'));
    expect(page).toContain(`共 ${entries.length} 条`);
    expectBounded(listAfter(page, 'id="entries"'), entries, plan.id);
  });
});
