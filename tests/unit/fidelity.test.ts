/**
 * Every statement of the source is on the site, unchanged but for recorded repairs,
 * exactly once, in the right section.
 */
import { describe, expect, test } from 'vitest';
import { applyRepairs } from '../../src/kb/text/report';
import { plainText } from '../../src/kb/text/plain';
import fs from 'node:fs';
import { corpus, report, reportText, SHARED_REPORT_PATH } from '../support/corpus';

const SOURCE_ID = 'xiangtan-2023';

test.runIf(fs.existsSync(SHARED_REPORT_PATH))('the kept copy of the report is identical to the shared original', () => {
  expect(reportText).toBe(fs.readFileSync(SHARED_REPORT_PATH, 'utf8'));
});

describe('fidelity to the report', () => {
  const r = report;
  const entries = corpus.entries.filter((e) => e.data.source === SOURCE_ID);

  test('the report has 61 items in 3 keyword sections and 8 category headings', () => {
    expect(r.items).toHaveLength(61);
    expect(r.sections).toEqual(['凝聚共识', '谋划部署', '重点突破']);
    expect(r.headings).toHaveLength(8);
  });

  test.each(Array.from({ length: 61 }, (_, i) => i + 1))('source item %i is in exactly one entry, verbatim after its repairs', (order) => {
    const item = r.items[order - 1]!;
    const holders = entries.filter((e) => {
      try {
        return plainText(e.body) === applyRepairs(item.text, e.data.repairs);
      } catch {
        return false; // a repair that does not apply to this item
      }
    });
    expect(holders.map((h) => h.file)).toHaveLength(1);
    const [holder] = holders;
    expect(holder!.data.order).toBe(order);
    const section = corpus.sections.find((s) => s.data.id === holder!.data.section)!;
    expect(section.data.title).toBe(item.section);
  });

  test('no entry text is left over: every entry is one source item', () => {
    expect(entries).toHaveLength(r.items.length);
  });

  test('no entry text contains a piece of another item', () => {
    for (const e of entries) {
      const text = plainText(e.body);
      const others = r.items.filter((i) => i.order !== e.data.order && i.text.length > 12 && text.includes(i.text));
      expect(others, e.file).toEqual([]);
    }
  });

  test.each([
    ['opening', () => r.opening],
    ['outlook', () => r.outlook],
  ] as const)('the %s is on the site verbatim', (kind, sourceText) => {
    const passages = corpus.passages.filter((p) => p.data.kind === kind && p.data.source === SOURCE_ID);
    expect(passages).toHaveLength(1);
    const p = passages[0]!;
    expect(plainText(p.body)).toBe(applyRepairs(sourceText(), p.data.repairs));
  });

  test('repairs only touch punctuation and spaces, never wording', () => {
    const wording = (s: string) => s.replace(/[\s，；;。、《》〈〉<>]/g, '');
    for (const doc of [...entries, ...corpus.passages]) {
      for (const repair of doc.data.repairs) {
        expect(wording(repair.after), `${doc.file}: ${repair.before}`).toBe(wording(repair.before));
      }
    }
  });
});
