/** Derivations behind the researcher pages: related entries, citations, the progress matrix, figures. */
import { describe, expect, test } from 'vitest';
import { gbt7714 } from '../../src/views/citation';
import { comparable, figureRows } from '../../src/views/figures';
import { progressRows, progressTotals } from '../../src/views/progress';
import { relatedEntries } from '../../src/views/related';
import { kb } from '../support/corpus';

describe('related entries', () => {
  test('puts entries naming the same plan first, and gives at most five', () => {
    const related = relatedEntries(kb.entry('xt2023-deployment-02'), kb.entries);
    expect(related[0]!.entry.id).toBe('xt2023-planning-02'); // both name the 2022 task table
    expect(related[0]!.reasons).toContain('同一规划或文件');
    expect(related.length).toBeLessThanOrEqual(5);
  });

  test('relate entries sharing an organisation', () => {
    const related = relatedEntries(kb.entry('xt2023-innovation-04'), kb.entries).map((r) => r.entry.id);
    // 国家应用数学中心 is named in both
    expect(related.slice(0, 2)).toContain('xt2023-innovation-02');
  });

  test('never relates an entry to itself, and each has some related entry', () => {
    for (const e of kb.entries) {
      const related = relatedEntries(e, kb.entries);
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

  test('has a row per category of 重点突破 and per section without categories', () => {
    expect(rows.map((r) => r.label)).toEqual(['凝聚共识', '谋划部署', ...kb.categories.map((c) => c.title)]);
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
  test('list every figure of every entry', () => {
    const rows = figureRows(kb);
    expect(rows).toHaveLength(kb.entries.reduce((n, e) => n + e.figures.length, 0));
    expect(rows.find((r) => r.value === 160.6)).toMatchObject({ unit: '亿元', counts: '签约金额', category: '抓产业发展梯次配套' });
  });

  test('compare amounts of one unit, largest first', () => {
    expect(comparable(figureRows(kb), '亿元').map((r) => r.value)).toEqual([160.6, 87.2, 12, 10]);
  });
});
