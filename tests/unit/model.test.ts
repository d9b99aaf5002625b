/** The knowledge base built from the real collections: ids, references and derived indexes. */
import { describe, expect, test } from 'vitest';
import { REGISTRY, COLLECTION_NAMES } from '../../src/kb/registry';
import { urls } from '../../src/kb/urls';
import { corpus, kb } from '../support/corpus';

describe('the content model', () => {
  test('builds every collection of the registry', () => {
    for (const name of COLLECTION_NAMES) expect(kb[name].length, name).toBe(corpus[name].length);
  });

  test('puts every entry in its section, and every entry of a section with categories in one of them', () => {
    for (const s of kb.sections) {
      const ofSection = kb.entries.filter((e) => e.section === s.id);
      const categories = kb.categoriesOf(s.id);
      if (categories.length === 0) expect(kb.entriesOfSection(s.id)).toEqual(ofSection);
      else expect(categories.flatMap((c) => kb.entriesOfCategory(c.id)).map((e) => e.id).sort()).toEqual(ofSection.map((e) => e.id).sort());
    }
  });

  test('ids and page URLs are unique', () => {
    const pageUrls = COLLECTION_NAMES.flatMap((name) => {
      const page = (REGISTRY[name] as { page?: (id: string) => string }).page;
      return page ? kb[name].map((item) => page(item.id)) : [];
    });
    expect(new Set(pageUrls).size).toBe(pageUrls.length);
    for (const u of pageUrls) expect(u).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
    expect(pageUrls).toContain(urls.entry(kb.entries[0]!.id));
  });

  test('every plan that a text names is found from it, and back', () => {
    for (const p of kb.plans) {
      for (const e of kb.entriesNamingPlan(p.id)) expect(e.plans).toContain(p.id);
      for (const d of kb.passagesNamingPlan(p.id)) expect(d.plans).toContain(p.id);
    }
    for (const e of kb.entries) for (const p of e.plans) expect(kb.entriesNamingPlan(p)).toContain(e);
  });

  test('every glossary term is used by an entry or a passage, found in their text', () => {
    for (const t of kb.terms) {
      const users = [...kb.entriesUsingTerm(t.id), ...kb.passagesUsingTerm(t.id)];
      expect(users.length, t.term).toBeGreaterThan(0);
      for (const u of users) expect([t.term, ...t.aliases].some((w) => u.text.includes(w)), `${t.term} in ${u.id}`).toBe(true);
    }
  });

  test('the glossary has the terms the report coins', () => {
    const names = kb.terms.map((t) => t.term);
    for (const required of ['六融三抓', '三高四新', '四区一地一圈一强', '强省会', '一圈一强', '长株潭都市圈', '融城片区', '飞地园区', '揭榜挂帅', '三市通办', '多式联运']) {
      expect(names).toContain(required);
    }
  });

  test('a term inside a longer term is not counted as used there', () => {
    // derived: any term whose name lies inside another term's name (一圈一强 in 四区一地一圈一强)
    const pairs = kb.terms.flatMap((inner) => kb.terms.filter((outer) => outer !== inner && outer.term.includes(inner.term)).map((outer) => [inner, outer] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [inner, outer] of pairs) {
      for (const d of [...kb.entries, ...kb.passages]) {
        if (d.termIds.includes(outer.id) && !d.text.replaceAll(outer.term, '').includes(inner.term)) expect(d.termIds, d.id).not.toContain(inner.id);
      }
    }
  });

  test('prev/next stay within a category, in source order', () => {
    for (const c of kb.categories) {
      const list = kb.entriesOfCategory(c.id);
      expect(kb.neighbours(list[0]!.id).prev).toBeUndefined();
      expect(kb.neighbours(list.at(-1)!.id).next).toBeUndefined();
      for (let i = 1; i < list.length; i++) expect(kb.neighbours(list[i]!.id).prev?.id).toBe(list[i - 1]!.id);
    }
  });
});
