/** Counts, ids, references and derived indexes of the real collections. */
import { describe, expect, test } from 'vitest';
import { checkIntegrity, formatError } from '../../src/kb/rules/index';
import { plainText } from '../../src/kb/text/plain';
import { urls } from '../../src/kb/urls';
import { corpus, kb } from '../support/corpus';

describe('the content model', () => {
  test('passes every integrity check', () => {
    expect(checkIntegrity(corpus).map(formatError)).toEqual([]);
  });

  test('has 61 entries: 3 in 凝聚共识, 4 in 谋划部署, 54 in 重点突破', () => {
    expect(kb.entries).toHaveLength(61);
    const bySection = Object.fromEntries(kb.sections.map((s) => [s.title, kb.entries.filter((e) => e.section === s.id).length]));
    expect(bySection).toEqual({ 凝聚共识: 3, 谋划部署: 4, 重点突破: 54 });
  });

  test('has 8 categories under 重点突破, each with entries, assigned by meaning', () => {
    expect(kb.categories).toHaveLength(8);
    const counts = Object.fromEntries(kb.categories.map((c) => [c.title, kb.entriesOfCategory(c.id).length]));
    expect(counts).toEqual({
      抓规划体系统一构建: 8,
      抓产业发展梯次配套: 4,
      抓交通设施高效通达: 6,
      抓公共服务共建共享: 11,
      抓科技发展协同创新: 8,
      抓重点改革落实落地: 7,
      抓生态环境联防联治: 7,
      抓融城片区规划设计: 3,
    });
  });

  test('ids and URLs are unique', () => {
    const ids = kb.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pageUrls = [
      ...kb.entries.map((e) => urls.entry(e.id)),
      ...kb.plans.map((p) => urls.plan(p.id)),
      ...kb.terms.map((t) => urls.term(t.id)),
      ...kb.sections.map((s) => urls.section(s.id)),
      ...kb.categories.map((c) => urls.category(c.id)),
    ];
    expect(new Set(pageUrls).size).toBe(pageUrls.length);
    for (const u of pageUrls) expect(u).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
  });

  test('every figure is stated in its entry text, with the same value', () => {
    const figures = kb.entries.flatMap((e) => e.figures.map((f) => ({ e, f })));
    for (const { e, f } of figures) {
      expect(e.text, e.id).toContain(f.text);
      expect(f.text).toContain(String(f.value));
    }
  });

  test('every number with a unit in an entry text is recorded as a figure (years and titles aside)', () => {
    for (const e of kb.entries) {
      const outsideTitles = e.text.replace(/《[^《》]*》/g, '');
      const stated = [...outsideTitles.matchAll(/(\d+(?:\.\d+)?)(?=大项|项|个|条|笔|处|亩|年|亿元|万元)/g)]
        .filter((m) => !/^(19|20)\d\d$/.test(m[1]!))
        .map((m) => Number(m[1]));
      expect(e.figures.map((f) => f.value).sort(), e.id).toEqual(stated.sort());
    }
  });

  test('every 《title》 in a text is a plan that the text references, and back', () => {
    const titleKey = (t: string) => t.replace(/\s+/g, '');
    const planByTitle = new Map<string, string>();
    for (const p of kb.plans) for (const t of [p.title, ...p.variants]) planByTitle.set(titleKey(t), p.id);
    const docs = [...corpus.entries, ...corpus.passages];
    for (const doc of docs) {
      const text = plainText(doc.body);
      const named = [...text.matchAll(/《([^《》]+)》/g)].map((m) => planByTitle.get(titleKey(m[1]!)));
      const nested = [...text.matchAll(/〈([^〈〉]+)〉/g)].map((m) => planByTitle.get(titleKey(m[1]!)));
      const found = [...named, ...nested];
      expect(found.every(Boolean), `${doc.file}: ${text}`).toBe(true);
      expect(new Set(found), doc.file).toEqual(new Set(doc.data.plans));
    }
  });

  test('there are 15 distinct plans, and each is named somewhere', () => {
    expect(kb.plans).toHaveLength(15);
    for (const p of kb.plans) {
      const uses = kb.entriesNamingPlan(p.id).length + kb.passagesNamingPlan(p.id).length;
      expect(uses, p.id).toBeGreaterThan(0);
    }
  });

  test("each of Xiangtan's roles in a plan is in the words of a text naming it", () => {
    const isSubsequence = (needle: string, hay: string) => {
      let i = 0;
      for (const ch of hay) if (ch === needle[i]) i++;
      return i === needle.length;
    };
    for (const p of kb.plans) {
      const texts = [...kb.entriesNamingPlan(p.id), ...kb.passagesNamingPlan(p.id)].map((d) => {
        const at = d.text.indexOf(p.title);
        return d.text.slice(Math.max(0, at - 30), at + p.title.length + 12);
      });
      for (const role of p.roles) {
        expect(texts.some((t) => isSubsequence(role, t)), `${p.id}: ${role}`).toBe(true);
      }
    }
  });

  test('the glossary has the required terms, and each is used in the report', () => {
    const required = ['六融三抓', '三高四新', '四区一地一圈一强', '强省会', '一圈一强', '长株潭都市圈', '融城片区', '飞地园区', '揭榜挂帅', '三市通办', '多式联运'];
    const names = kb.terms.map((t) => t.term);
    for (const r of required) expect(names).toContain(r);
    for (const t of kb.terms) {
      const uses = kb.entriesUsingTerm(t.id).length + kb.passagesUsingTerm(t.id).length;
      expect(uses, t.term).toBeGreaterThan(0);
    }
  });

  test('a definition marked as from the text is in the text', () => {
    const all = [...kb.entries, ...kb.passages].map((d) => d.text).join('');
    for (const t of kb.terms.filter((t) => t.definitionProvenance === 'text')) {
      for (const part of t.parts) for (const item of part.items) expect(all, t.term).toContain(item);
    }
  });

  test('the 四区一地一圈一强 goal is not counted as a use of 一圈一强', () => {
    const opening = kb.passages.find((p) => p.kind === 'opening')!;
    expect(opening.termIds).toContain('siqu-yidi-yiquan-yiqiang');
    expect(opening.termIds).not.toContain('yiquan-yiqiang');
  });

  test('prev/next stay within a category, in source order', () => {
    const transport = kb.entriesOfCategory('transport');
    expect(kb.neighbours(transport[0]!.id).prev).toBeUndefined();
    expect(kb.neighbours(transport[0]!.id).next?.id).toBe(transport[1]!.id);
    expect(kb.neighbours(transport.at(-1)!.id).next).toBeUndefined();
  });
});
