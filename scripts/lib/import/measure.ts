/**
 * How well the importer drafts a report the site already has: its text imported afresh,
 * each drafted statement compared with the curated entry of the same order. Categories are
 * suggested from the other curated entries only (each item's own entry left out), as they
 * would be for next year's report from this year's.
 */
import type { Corpus } from '../../../src/kb/registry';
import { plainText } from '../../../src/kb/text/plain';
import { wordingOf } from '../../../src/kb/text/report';
import { draftReport, type Drafted } from './draft-report';
import { examplesOf } from './run';
import { withoutIdPrefix } from '../../../src/kb/ids';

export interface Measure {
  /** What was compared (Chinese, for README and the report). */
  label: string;
  /** The share below which the importer has got worse (its quality bar; tested). */
  floor: number;
  matched: number;
  of: number;
}

const sameSet = (a: unknown[] = [], b: unknown[] = []) => a.length === b.length && a.every((x) => b.includes(x));

export function measureImport(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, sourceId: string): Measure[] {
  const source = corpus.sources.find((s) => s.data.id === sourceId)!;
  const raw = sourceTexts.get(sourceId)!;
  const curated = corpus.entries.filter((e) => e.data.source === sourceId);
  const examples = examplesOf(corpus);
  const byOrder = new Map(curated.map((e) => [e.data.order, e]));
  const meta = { ...source.data, id: `${sourceId}-measure`, idPrefix: 'measure0000' };
  const drafted = draftReport(raw, corpus, meta, (item) => examples.filter((x) => x.id !== byOrder.get(item.order)?.data.id));
  // as for a city's first report: no earlier entries, the headings' own words only
  const alone = draftReport(raw, corpus, meta, () => []).files.filter((d) => d.collection === 'entries');
  const entries = drafted.files.filter((d) => d.collection === 'entries');
  const pairs = entries.flatMap((d) => {
    const c = byOrder.get(d.data.order as number);
    return c ? [{ d, c }] : [];
  });
  const count = (ok: (d: Drafted, c: (typeof curated)[number]) => boolean) => pairs.filter(({ d, c }) => ok(d, c)).length;
  type Fig = { value: number; unit: string; text: string; counts: string };
  const figs = (x: { figures?: unknown }) => (x.figures ?? []) as Fig[];
  const curatedFigures = curated.flatMap((c) => figs(c.data).map((f) => ({ order: c.data.order, ...f })));
  const draftedFigures = entries.flatMap((d) => figs(d.data).map((f) => ({ order: d.data.order as number, ...f })));
  const found = (f: (typeof curatedFigures)[number], among: typeof curatedFigures, key: (g: Fig) => string) => among.some((g) => g.order === f.order && key(g) === key(f));
  const passages = drafted.files.filter((d) => d.collection === 'passages');
  const curatedPassages = corpus.passages.filter((p) => p.data.source === sourceId);
  const withCategory = curated.filter((c) => c.data.category);
  const categorised = (among: Drafted[]) => withCategory.filter((c) => among.some((d) => d.data.order === c.data.order && withoutIdPrefix(d.data.category as string) === withoutIdPrefix(c.data.category!))).length;
  return [
    { floor: 1, label: '切分：条目与编者切分一致（用语相同）', matched: count((d, c) => wordingOf(d.body) === wordingOf(plainText(c.body))), of: Math.max(curated.length, entries.length) },
    { floor: 0.9, label: '校勘：修复后正文与编者定稿逐字相同', matched: count((d, c) => d.body === plainText(c.body)), of: curated.length },
    { floor: 1, label: '导语与展望：段落文字与编者定稿相同', matched: passages.filter((p) => curatedPassages.some((c) => c.data.kind === p.data.kind && plainText(c.body) === p.body)).length, of: curatedPassages.length },
    { floor: 0.9, label: '规划与文件：条目所提文件与编者所列相同', matched: count((d, c) => sameSet(d.data.plans as string[], c.data.plans)), of: curated.length },
    { floor: 0.9, label: '数据：编者记录的数据被找到（数值、单位、原文）', matched: curatedFigures.filter((f) => found(f, draftedFigures, (g) => `${g.value}${g.unit}${g.text}`)).length, of: curatedFigures.length },
    { floor: 0.9, label: '数据：找到的数据是编者记录的', matched: draftedFigures.filter((f) => found(f, curatedFigures, (g) => `${g.value}${g.unit}${g.text}`)).length, of: draftedFigures.length },
    { floor: 0.1, label: '数据：统计对象（counts）与编者所写相同', matched: curatedFigures.filter((f) => found(f, draftedFigures, (g) => `${g.text}${g.counts}`)).length, of: curatedFigures.length },
    { floor: 0.5, label: '状态用语：与编者所选相同', matched: count((d, c) => d.data.statusWords === c.data.statusWords), of: curated.length },
    { floor: 0.75, label: '状态用语：与编者所选相同或互相包含', matched: count((d, c) => c.data.statusWords.includes(d.data.statusWords as string) || (d.data.statusWords as string).includes(c.data.statusWords)), of: curated.length },
    { floor: 0.8, label: '状态：与编者所定相同', matched: count((d, c) => d.data.status === c.data.status), of: curated.length },
    { floor: 0.9, label: '类别：建议与编者所定相同（按已有条目和标题用语）', matched: categorised(entries), of: withCategory.length },
    { floor: 0.6, label: '类别：建议与编者所定相同（只按标题用语，如一座城市的第一份报告）', matched: categorised(alone), of: withCategory.length },
    { floor: 0.6, label: '类型：与编者所定相同', matched: count((d, c) => d.data.kind === c.data.kind), of: curated.length },
    { floor: 0.75, label: '城市：与编者所列相同', matched: count((d, c) => sameSet(d.data.cities as string[], c.data.cities)), of: curated.length },
  ];
}

export function measureTable(measures: Measure[]): string {
  const pct = (m: Measure) => (m.of ? `${((100 * m.matched) / m.of).toFixed(1)}%` : '—');
  return [
    '| 比较项 | 一致 | 总数 | 比例 | 底线 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...measures.map((m) => `| ${m.label} | ${m.matched} | ${m.of} | ${pct(m)} | ${Math.round(m.floor * 100)}% |`),
  ].join('\n');
}
