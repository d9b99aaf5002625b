/**
 * Every statement of each source is on the site, unchanged but for recorded repairs,
 * exactly once, in the right section. The rule itself is src/kb/rules/fidelity.ts (its
 * messages are tested in editor-errors.test.ts); these tests check the real content against
 * facts derived from the source texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatError } from '../../src/kb/rules';
import { sourceTextFile } from '../../src/kb/rules/fidelity';
import { corpus, kb, reports, ROOT, sourceTexts } from '../support/corpus';

/** The report as the project received it, where present (as laid out for CI). */
const SHARED_REPORT = path.resolve(ROOT, '../shared/source/report.txt');

test.runIf(fs.existsSync(SHARED_REPORT))('the shared original report is kept, unchanged, as the text of a source', () => {
  expect([...sourceTexts.values()]).toContain(fs.readFileSync(SHARED_REPORT, 'utf8'));
});

test('every source has its text beside its metadata', () => {
  for (const s of corpus.sources) expect(fs.existsSync(path.join(ROOT, sourceTextFile(s.data.id))), s.file).toBe(true);
});

test('the fidelity rule finds nothing amiss in the real content', () => {
  expect(checkContent(corpus, sourceTexts).map(formatError)).toEqual([]);
});

describe.each([...reports])('source %s', (sourceId, report) => {
  const entries = kb.entries.filter((e) => e.source === sourceId);

  test('has one entry per item of its text, in the text’s order', () => {
    expect(entries.map((e) => e.order)).toEqual(report.items.map((i) => i.order));
  });

  test('has in each section the items the text puts under its keyword', () => {
    const count = (titles: string[]) => Object.fromEntries([...new Set(titles)].map((t) => [t, titles.filter((x) => x === t).length]));
    expect(count(entries.map((e) => kb.section(e.section).title))).toEqual(count(report.items.map((i) => i.section)));
    expect(kb.sections.filter((s) => s.source === sourceId).map((s) => s.title).sort()).toEqual([...report.sections].sort());
  });

  test('has a category with entries for each ★抓 heading of its text', () => {
    const ofSource = kb.categories.filter((c) => kb.section(c.section).source === sourceId);
    for (const heading of report.headings) {
      const c = ofSource.find((x) => x.title === heading);
      expect(c, heading).toBeDefined();
      expect(kb.entriesOfCategory(c!.id).length, heading).toBeGreaterThan(0);
    }
  });

  test('lays out its sections, headings and items in print order, each once', () => {
    const blocks = report.blocks;
    expect(blocks.filter((b) => b.kind === 'item').map((b) => (b as { order: number }).order)).toEqual(report.items.map((i) => i.order));
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { title: string }).title)).toEqual(report.headings);
    expect(blocks.filter((b) => b.kind === 'section').map((b) => (b as { title: string }).title)).toEqual(report.sections);
  });

  test('no entry text contains a piece of another item', () => {
    for (const e of entries) {
      const others = report.items.filter((i) => i.order !== e.order && i.text.length > 12 && e.text.includes(i.text));
      expect(others, e.file).toEqual([]);
    }
  });
});
