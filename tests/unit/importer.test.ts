/**
 * The importer (npm run import, scripts/lib/import): each report the site has, imported
 * afresh, is drafted as its editors curated it, at or above the importer's quality bar;
 * the drafts pass every content rule; what it refuses, it refuses before writing anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatError } from '../../src/kb/rules';
import { splitFrontmatter } from '../../src/load/fs';
import { importReport, ImportError } from '../../scripts/lib/import/run';
import { measureImport, measureTable } from '../../scripts/lib/import/measure';
import { guessRepairs, guessStatus, unclosedTitle } from '../../scripts/lib/import/guess';
import { corpus, ROOT, sourceTexts } from '../support/corpus';

const measured = corpus.sources.filter((s) => sourceTexts.has(s.data.id) && corpus.entries.some((e) => e.data.source === s.data.id));
/** A source id, year and prefix no report uses. */
const fresh = (s: (typeof corpus.sources)[number]) => ({ source: `${s.data.id}-again`, year: String(s.data.year + 1), prefix: `zz${s.data.year + 1}`, documentKind: s.data.documentKind });

describe('the importer, measured on the reports the site has', () => {
  test.each(measured.map((s) => [s.data.id, s] as const))('%s: every measure at or above its floor', (id, s) => {
    const measures = measureImport(corpus, sourceTexts, id);
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, `test-results/importer-${id}.md`), `# 导入器测量：${s.data.title}\n\n${measureTable(measures)}\n`);
    for (const m of measures) expect(m.of === 0 ? 1 : m.matched / m.of, m.label).toBeGreaterThanOrEqual(m.floor);
  });

  test.each(measured.map((s) => [s.data.id, s] as const))('%s imported under a new id: drafts that pass every content rule, each marked and annotated', (id, s) => {
    const result = importReport(corpus, sourceTexts, sourceTexts.get(id)!, { ...fresh(s), title: s.data.title, publisher: s.data.publisher, city: s.data.city });
    expect(result.errors.map(formatError)).toEqual([]);
    const entries = result.drafted.files.filter((d) => d.collection === 'entries');
    expect(entries.length).toBe(result.drafted.parsed.items.length);
    for (const w of result.writes.slice(1)) {
      expect(w.content, w.file).toMatch(/^---\n# 导入草稿：/);
      expect((splitFrontmatter(w.content).frontmatter as { draft?: boolean }).draft, w.file).toBe(true);
    }
    expect(result.writes[0]).toEqual({ file: `content/sources/${fresh(s).source}.txt`, content: sourceTexts.get(id) });
    expect(result.summary).toContain(`写入 ${result.writes.length} 个文件`);
  });
});

describe('what the importer refuses', () => {
  const s = corpus.sources[0]!;
  const raw = sourceTexts.get(s.data.id)!;
  const refusal = (request: Parameters<typeof importReport>[3]) => {
    try {
      importReport(corpus, sourceTexts, raw, request);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  test('a source id that exists', () => {
    expect(refusal({ ...fresh(s), source: s.data.id, title: s.data.title })).toContain(`来源报告 ${s.data.id} 已存在（${s.file}）`);
  });

  test('an id prefix that exists', () => {
    expect(refusal({ ...fresh(s), prefix: s.data.idPrefix, title: s.data.title, publisher: s.data.publisher, city: s.data.city })).toContain(`条目编号前缀 ${s.data.idPrefix} 已被 ${s.file} 使用`);
  });

  test('a city the site has no report of, without --prefix, --publisher and --city', () => {
    expect(refusal({ source: 'nowhere-2031', title: '某市工作报告', year: '2031', documentKind: '工作报告' })).toMatch(/--prefix.*--publisher.*--city/);
  });

  test('a text without 关键词, and metadata its schema rejects', () => {
    expect(() => importReport(corpus, sourceTexts, '只有一句话。', { ...fresh(s), title: s.data.title, publisher: s.data.publisher, city: s.data.city })).toThrow(/找不到“关键词”/);
    expect(refusal({ ...fresh(s), title: '短', publisher: s.data.publisher, city: s.data.city })).toContain('字段 title 的值 "短" 有误');
  });

  test('a later report of the same city takes its prefix, publisher and city from the earlier one', () => {
    const next = s.data.id.replace(/\d{4}$/, String(s.data.year + 1));
    const result = importReport(corpus, sourceTexts, raw, { source: next, title: s.data.title, year: String(s.data.year + 1), documentKind: s.data.documentKind });
    const source = result.drafted.files[0]!.data;
    expect(source).toMatchObject({ idPrefix: s.data.idPrefix.replace(/\d{4}$/, String(s.data.year + 1)), publisher: s.data.publisher, city: s.data.city, draft: true });
  });
});

describe('guesses', () => {
  test('status: the earliest status word, a longer phrase over a word it contains', () => {
    expect(guessStatus('研究出台一项办法')?.value).toEqual({ status: 'preparing', words: '研究出台' });
    expect(guessStatus('出台并实施办法')?.value).toEqual({ status: 'launched', words: '出台' });
    expect(guessStatus('没有状态')).toBeUndefined();
  });

  test('repairs: spaces around numbers, ASCII angle brackets, the end of an item; each recorded', () => {
    const { text, repairs } = guessRepairs('落实《甲<乙>丙》2022 年项目 48 个，', false);
    expect(text).toBe('落实《甲〈乙〉丙》2022年项目48个；');
    expect(repairs.map((r) => r.before)).toEqual(['》2022 年', '目 48 个', '<', '>', '，']);
    expect(guessRepairs('项目完成，', true).text).toBe('项目完成，');
  });

  test('an unclosed 《 is found, for the editor to close', () => {
    expect(unclosedTitle('完成《规划（2022—2035年）编制；')).toBe(true);
    expect(unclosedTitle('完成《规划》编制；')).toBe(false);
  });
});
