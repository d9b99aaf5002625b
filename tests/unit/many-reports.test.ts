/**
 * What every page or every search loads holds up as reports are added: a page's sidebar
 * opens its own report and links a bounded number of others; the search data suggests each
 * category or section title once. The reports are the benchmark's synthetic ones
 * (scripts/bench/corpus.ts), which pass every content rule.
 */
import { describe, expect, test } from 'vitest';
import { ENTRIES_PER_REPORT, syntheticEntries } from '../../scripts/bench/corpus';
import { buildSidebar, OTHER_REPORTS, type NavItem } from '../../src/config/sidebar';
import { reportOfPage } from '../../src/config/page-report';
import { buildKb, type Kb } from '../../src/kb/model';
import { COLLECTION_NAMES, REGISTRY, type Corpus } from '../../src/kb/registry';
import { checkContent, formatError } from '../../src/kb/rules';
import { parseDoc } from '../../src/load/fs';
import { urls } from '../../src/kb/urls';
import { searchData } from '../../src/search/data';
import { corpus as real, sourceTexts as realTexts } from '../support/corpus';

/** The real content with `reports` synthetic reports beside it, parsed as files on disk are. */
function grown(reports: number): { corpus: Corpus; texts: Map<string, string> } {
  const synthetic = syntheticEntries(real, reports * ENTRIES_PER_REPORT);
  const files = new Map([...synthetic.files, ...synthetic.entries.map((e): [string, string] => [e.file, e.content])]);
  const corpus = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [...real[n]]])) as Corpus;
  const texts = new Map(realTexts);
  for (const [rel, content] of files) {
    const file = `content/${rel}`;
    if (file.endsWith('.txt')) {
      texts.set(rel.replace(/^.*\//, '').replace(/\.txt$/, ''), content);
      continue;
    }
    const name = COLLECTION_NAMES.find((n) => file.startsWith(`${REGISTRY[n].dir}/`))!;
    const { doc, errors } = parseDoc(name, file, content);
    expect(errors.map(formatError)).toEqual([]);
    (corpus[name] as unknown[]).push(doc);
  }
  return { corpus, texts };
}

const links = (items: NavItem[]): string[] => items.flatMap((i) => ('href' in i ? [i.href] : links(i.items)));
const labels = (items: NavItem[]): string[] => items.flatMap((i) => ('href' in i ? [i.label] : [i.label, ...labels(i.items)]));

describe('with many reports', () => {
  const few = grown(2);
  const many = grown(OTHER_REPORTS + 5);
  const kbs: [string, Kb][] = [
    ['few', buildKb(few.corpus, few.texts)],
    ['many', buildKb(many.corpus, many.texts)],
  ];

  test('the synthetic reports pass every content rule', () => {
    expect(checkContent(many.corpus, many.texts).map(formatError)).toEqual([]);
  });

  test('an entry page’s sidebar opens its own report and links the others, up to a bound, then all', () => {
    for (const [, kb] of kbs) {
      for (const source of kb.sources) {
        const entry = kb.entriesOfSource(source.id)[0]!;
        const items = buildSidebar(kb, reportOfPage(kb, urls.entry(entry.id)));
        const sidebar = links(items);
        for (const s of kb.sections) {
          const own = s.source === source.id;
          expect(sidebar.includes(urls.section(s.id)), `${entry.id}: ${s.id}`).toBe(own);
          for (const c of kb.categoriesOf(s.id)) expect(sidebar.includes(urls.category(c.id)), `${entry.id}: ${c.id}`).toBe(own);
        }
        const others = [...kb.sources].filter((s) => s !== source).sort((a, b) => b.year - a.year);
        for (const [i, other] of others.entries()) expect(sidebar.includes(urls.source(other.id)), other.id).toBe(i < OTHER_REPORTS);
        expect(labels(items).includes(`全部 ${kb.sources.length} 份报告`)).toBe(others.length > OTHER_REPORTS);
      }
    }
  });

  test('is no longer with more reports', () => {
    const [few, many] = kbs.map(([, kb]) => links(buildSidebar(kb, kb.sources[1]!.id)).length);
    expect(many).toBeLessThanOrEqual(few! + OTHER_REPORTS);
    const manyKb = kbs[1]![1];
    const sizes = new Set(manyKb.sources.map((s) => links(buildSidebar(manyKb, s.id)).length));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  test('the search data suggests each category and section title once, the newest report’s page', () => {
    for (const [, kb] of kbs) {
      const { suggestions } = searchData(kb);
      for (const [kind, items] of [['类别', kb.categories], ['栏目', kb.sections]] as const) {
        const titles = new Set(items.map((i) => i.title));
        const suggested = suggestions.filter((s) => s.kind === kind);
        expect(suggested.map((s) => s.label).sort()).toEqual([...titles].sort());
        for (const s of suggested) {
          const newest = Math.max(...items.filter((i) => i.title === s.label).map((i) => kb.source('source' in i ? i.source : kb.section(i.section).source).year));
          const item = items.find((i) => s.href === (kind === '类别' ? urls.category(i.id) : urls.section(i.id)))!;
          expect(kb.source('source' in item ? item.source : kb.section(item.section).source).year).toBe(newest);
        }
      }
    }
  });
});
