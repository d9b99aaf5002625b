/** `npm run new`: what it writes, and what it refuses. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { parseDoc } from '../../src/load/fs';
import { statedFigures } from '../../src/kb/text/figures';
import { scaffold, ScaffoldError, type NewEntry } from '../../scripts/lib/scaffold';
import { corpus, kb, ROOT, sourceTexts } from '../support/corpus';
import { parseReport } from '../../src/kb/text/report';

/** Does an entry's id follow the scaffold's pattern, <source prefix>-<category or section>-<NN>? */
const scaffoldNamed = (e: (typeof kb.entries)[number]) => new RegExp(`^[a-z0-9]+-${e.category ?? e.section}-\\d{2}$`).test(e.id);
/** The last entry of a category (by id): taken out of the corpus, an editor adds it again with `npm run new`. */
const category = kb.categories.find((c) => kb.entriesOfCategory(c.id).every(scaffoldNamed))!;
const missing = kb.entriesOfCategory(category.id).reduce((a, b) => (a.id > b.id ? a : b));
const without = { ...corpus, entries: corpus.entries.filter((e) => e.data.id !== missing.id) };

const entry: NewEntry = {
  type: 'entry',
  source: missing.source,
  section: missing.section,
  category: missing.category,
  title: '编者为测试所拟的标题',
  kind: missing.kind,
  status: missing.status,
  statusWords: missing.statusWords,
  cities: missing.cities,
  text: missing.text,
  // what each figure counts, as the curated entry says
  figureCounts: Object.fromEntries(statedFigures(missing.text).map((f) => [f.text, missing.figures.find((m) => m.value === f.value)!.counts])),
};

describe('scaffold', () => {
  test('writes a valid entry with the next free id, and its order found in the source text', () => {
    const made = scaffold(without, sourceTexts, entry);
    expect(made.file).toBe(missing.file);
    expect(made.url).toBe(`/entries/${missing.id}/`);
    const { doc } = parseDoc('entries', made.file, made.content);
    expect(doc?.data.order).toBe(missing.order);
    expect(doc?.body.trim()).toBe(missing.text);
    expect(doc?.data.plans).toEqual(missing.plans);
    expect(doc?.data.figures.map((f) => [f.value, f.unit, f.counts])).toEqual(missing.figures.map((f) => [f.value, f.unit, f.counts]));
  });

  test.each([
    ['an unknown category', { category: 'transportt' }, '字段 category 的值 "transportt" 有误：没有这个栏目'],
    ['an unknown kind', { kind: 'road' }, '字段 kind 的值 "road" 有误：不在取值表中；允许的取值：plan（规划文件）'],
    ['status words not in the text', { statusWords: '尚未查明' }, '字段 statusWords 的值 "尚未查明" 有误：正文中找不到这段文字'],
    ['a text that is not in the source', { text: '某工程开工建设。' }, `原文不是来源报告 ${missing.source} 中的任何一条`],
    ['a clashing id', { id: kb.entries[0]!.id }, `id 已被 ${kb.entries[0]!.file} 使用`],
  ])('refuses %s with a clear message', (_name, change, message) => {
    expect(() => scaffold(without, sourceTexts, { ...entry, ...change })).toThrow(ScaffoldError);
    expect(() => scaffold(without, sourceTexts, { ...entry, ...change })).toThrow(message);
  });

  test('writes a plan and a term', () => {
    const plan = scaffold(corpus, sourceTexts, { type: 'plan', id: 'xt-test-plan', title: '湘潭市测试方案', level: 'city', roles: ['出台'] });
    expect(parseDoc('plans', plan.file, plan.content).doc?.data.level).toBe('city');
    const used = kb.entries[0]!.text.slice(0, 4);
    const term = scaffold(corpus, sourceTexts, { type: 'term', id: 'test-term', term: used, definition: '编者为测试所写的释义。' });
    expect(parseDoc('terms', term.file, term.content).doc?.data.definitionProvenance).toBe('editorial');
    expect(() => scaffold(corpus, sourceTexts, { type: 'term', id: 'test-term', term: '测试术语', definition: '编者为测试所写的释义。' })).toThrow('报告正文（条目、导语和展望）中找不到这个词');
    expect(() => scaffold(corpus, sourceTexts, { type: 'term', id: kb.terms[0]!.id, term: used, definition: '重复的术语 id。' })).toThrow('id 已被');
  });
});

describe('npm run new (the command)', () => {
  const run = (root: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/new.ts'), '--root', root, ...args], {
      encoding: 'utf8',
      input: '',
    });

  test('creates the file from flags and prints its path and preview URL; refuses a clash', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-new-'));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    fs.rmSync(path.join(root, missing.file));
    const flags = ['--source', entry.source, '--section', entry.section, '--category', entry.category!, '--title', '测试条目标题', '--kind', entry.kind, '--status', entry.status, '--status-words', entry.statusWords, '--cities', entry.cities.join(','), '--text', entry.text, ...Object.entries(entry.figureCounts!).flatMap(([t, c]) => ['--figure', `${t}=${c}`])];
    const ok = run(root, flags);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`已创建 ${missing.file}`);
    expect(ok.stdout).toContain(`http://localhost:4321/entries/${missing.id}/`);
    expect(fs.existsSync(path.join(root, missing.file))).toBe(true);
    const clash = run(root, [...flags, '--id', missing.id]);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('未创建任何文件');
    expect(clash.stderr).toContain(`id 已被 ${missing.file} 使用`);
    const incomplete = run(root, ['--source', entry.source, '--section', entry.section]);
    expect(incomplete.stderr).toContain('缺少 --category');
  });
});

describe('scaffold a report typed by hand', () => {
  const real = corpus.sources[0]!;
  const text = sourceTexts.get(real.data.id)!;
  const source = { type: 'source', id: `${real.data.id}-typed`, title: real.data.title, publisher: real.data.publisher, city: real.data.city, year: real.data.year + 1, idPrefix: 'zz2999', documentKind: real.data.documentKind, text } as const;

  test('writes the report as a draft, with its text beside it; an entry of it is a draft too', () => {
    const made = scaffold(corpus, sourceTexts, source);
    const { doc } = parseDoc('sources', made.file, made.content);
    expect(doc?.data).toMatchObject({ id: source.id, draft: true, idPrefix: 'zz2999' });
    expect(made.companion).toEqual({ file: `content/sources/${source.id}.txt`, content: text });
    const grown = { ...corpus, sources: [...corpus.sources, doc!] };
    const texts = new Map(sourceTexts).set(source.id, text);
    const section = { ...corpus.sections.find((s) => s.data.id === missing.section)!, file: 'content/sections/zz2999-typed.mdx' };
    const withSection = { ...grown, sections: [...grown.sections, { ...section, data: { ...section.data, id: 'zz2999-typed', source: source.id, draft: true } }] };
    const first = parseReport(text).items.find((i) => i.section === section.data.title)!;
    const e = scaffold(withSection, texts, { ...entry, source: source.id, section: 'zz2999-typed', category: undefined, text: first.text, statusWords: first.text.slice(0, 2), figureCounts: Object.fromEntries(statedFigures(first.text).map((f) => [f.text, '测试'])) });
    expect(parseDoc('entries', e.file, e.content).doc?.data).toMatchObject({ draft: true, source: source.id });
    // a later report's section carries the prefix; the entry id has it once
    expect(e.url).toBe('/entries/zz2999-typed-01/');
  });

  test('refuses an id that exists', () => {
    expect(() => scaffold(corpus, sourceTexts, { ...source, id: real.data.id })).toThrow(`id 已被 ${real.file} 使用`);
  });
});
