/** Derivations behind the researcher pages: related entries, citations, the progress matrix, figures. */
import { describe, expect, test } from 'vitest';
import { gbt7714 } from '../../src/views/citation';
import { comparable, figureRows } from '../../src/views/figures';
import { progressRows, progressTotals } from '../../src/views/progress';
import { cityGroups } from '../../src/views/cities';
import { CITIES } from '../../src/kb/schemas/vocab';
import { relatedEntries } from '../../src/views/related';
import type { EntryView } from '../../src/kb/model';
import { placeOf } from '../../src/kb/place';
import { kb } from '../support/corpus';

describe('related entries', () => {
  const sharing = (e: EntryView, key: 'plans' | 'orgs') => kb.entries.filter((o) => o !== e && o[key].some((x) => e[key].includes(x)));

  test('puts entries naming the same plan first, and gives at most five', () => {
    const withPlanPeers = kb.entries.filter((e) => sharing(e, 'plans').length > 0);
    expect(withPlanPeers.length).toBeGreaterThan(0);
    for (const e of withPlanPeers) {
      const related = relatedEntries(e, kb);
      expect(sharing(e, 'plans'), e.id).toContain(related[0]!.entry);
      expect(related[0]!.reasons).toContain('同一规划或文件');
      expect(related.length).toBeLessThanOrEqual(5);
    }
  });

  test('relate entries sharing an organisation', () => {
    const withOrgPeers = kb.entries.filter((e) => sharing(e, 'orgs').length > 0 && sharing(e, 'plans').length === 0);
    expect(withOrgPeers.length).toBeGreaterThan(0);
    for (const e of withOrgPeers) {
      const related = relatedEntries(e, kb);
      expect(related[0]!.reasons, e.id).toContain('同一机构');
    }
  });

  test('a term most entries use relates nothing in particular', () => {
    const uses = (t: string) => kb.entries.filter((e) => e.termIds.includes(t)).length;
    const widest = [...new Set(kb.entries.flatMap((e) => e.termIds))].sort((a, b) => uses(b) - uses(a))[0]!;
    const users = kb.entries.filter((e) => e.termIds.includes(widest));
    expect(users.length).toBeGreaterThan(kb.entries.length / 8);
    for (const e of users) {
      for (const r of relatedEntries(e, kb)) {
        const onlyThatTerm = r.reasons.join() === '同一术语' && r.entry.termIds.filter((t) => e.termIds.includes(t)).every((t) => t === widest);
        expect(onlyThatTerm, `${e.id} → ${r.entry.id}`).toBe(false);
      }
    }
  });

  test('relates entries of other categories by their wording, saying so', () => {
    const across = kb.entries.flatMap((e) => relatedEntries(e, kb).filter((r) => r.entry.category !== e.category).map((r) => ({ e, r })));
    expect(across.length).toBeGreaterThan(0);
    for (const { e, r } of across) expect(r.reasons, `${e.id} → ${r.entry.id}`).not.toContain('同一类别');
    const byWording = across.filter(({ r }) => r.reasons.join() === '内容相近');
    expect(byWording.length).toBeGreaterThan(0);
    // two texts related by wording share a run of at least two characters
    for (const { e, r } of byWording) expect([...e.text].some((_, i) => r.entry.text.includes(e.text.slice(i, i + 2))), `${e.id} → ${r.entry.id}`).toBe(true);
  });

  test('never relates an entry to itself, and each has some related entry', () => {
    for (const e of kb.entries) {
      const related = relatedEntries(e, kb);
      expect(related.map((r) => r.entry.id)).not.toContain(e.id);
      expect(related.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('citations', () => {
  test('follow GB/T 7714 for an electronic resource', () => {
    expect(
      gbt7714({
        author: '湘潭市长株潭一体化发展事务中心',
        title: '推动长株潭医疗联合体建设',
        site: '湘潭·长株潭一体化知识库',
        year: 2023,
        updated: new Date('2026-11-29T08:00:00Z'),
        url: 'https://kb.example.cn/entries/xt2023-services-06/',
      }),
    ).toBe(
      '湘潭市长株潭一体化发展事务中心. 推动长株潭医疗联合体建设[EB/OL]. 湘潭·长株潭一体化知识库, 2023(2026-11-29)[引用日期]. https://kb.example.cn/entries/xt2023-services-06/.',
    );
  });

  test('leave out the update date when unknown', () => {
    expect(gbt7714({ author: 'A', title: 'T', site: 'S', year: 2023, url: 'u' })).toBe('A. T[EB/OL]. S, 2023[引用日期]. u.');
  });
});

describe('the progress matrix', () => {
  const rows = progressRows(kb);

  test('has a row per category, and per section without categories, in report order', () => {
    const expected = kb.sections.flatMap((s) => {
      const categories = kb.categoriesOf(s.id);
      return categories.length ? categories.map((c) => c.title) : [s.title];
    });
    expect(rows.map((r) => r.label)).toEqual(expected);
  });

  test('counts every entry once', () => {
    const totals = progressTotals(rows);
    expect(totals.all).toBe(kb.entries.length);
    const byStatus = (s: string) => kb.entries.filter((e) => e.status === s).length;
    expect(totals.done).toBe(byStatus('done'));
    expect(totals['in-progress']).toBe(byStatus('in-progress'));
    for (const r of rows) expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.total);
  });
});

describe('figures', () => {
  test('list every figure of every entry, with its entry and place', () => {
    const rows = figureRows(kb);
    expect(rows).toHaveLength(kb.entries.reduce((n, e) => n + e.figures.length, 0));
    for (const e of kb.entries) {
      for (const f of e.figures) {
        expect(rows).toContainEqual(expect.objectContaining({ value: f.value, unit: f.unit, counts: f.counts, entryId: e.id, category: placeOf(kb, e).title }));
      }
    }
  });

  test('compare amounts of one unit, largest first', () => {
    const units = [...new Set(kb.entries.flatMap((e) => e.figures.map((f) => f.unit)))];
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      const all = kb.entries.flatMap((e) => e.figures.filter((f) => f.unit === unit).map((f) => f.value));
      expect(comparable(figureRows(kb), unit).map((r) => r.value)).toEqual(all.sort((a, b) => b - a));
    }
  });
});

describe('the cities view', () => {
  test('lists the three-city work once, and each city’s other work under that city only', () => {
    const groups = cityGroups(kb);
    const where = (id: string) => groups.filter((g) => g.entries.some((e) => e.id === id)).map((g) => g.id);
    const cities = Object.keys(CITIES);
    for (const e of kb.entries) {
      const allThree = cities.every((c) => (e.cities as string[]).includes(c));
      expect(where(e.id), e.id).toEqual(allThree ? ['three-cities'] : cities.filter((c) => (e.cities as string[]).includes(c)));
    }
    for (const g of groups.slice(1)) expect(g.all).toBe(kb.entries.filter((e) => (e.cities as string[]).includes(g.id)).length);
  });
});
