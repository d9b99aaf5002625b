/**
 * Every mistake an editor can make gets a message naming the file, the field, the bad
 * value and what to do: one fixture per rule, each a copy of the real content with one
 * mistake. The same messages come from the build (tests/build/editor-errors.test.ts),
 * `astro dev` and `npm run new`, which all call src/kb/rules.
 */
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { Corpus, Doc } from '../../src/kb/registry';
import { checkContent, formatError } from '../../src/kb/rules';
import { sourceTextFile } from '../../src/kb/rules/fidelity';
import { parseDoc, splitFrontmatter } from '../../src/load/fs';
import { corpus, kb, reports, sourceTexts } from '../support/corpus';

/** A real entry in a section with categories, with a figure, and with a repair: the fixtures change it. */
const base = corpus.entries.find((e) => e.data.category && e.data.figures.length === 0 && e.data.plans.length === 0 && e.data.aliases.length > 0)!;
const FILE = base.file;
const categoriesOf = (section: string) => corpus.categories.filter((c) => c.data.section === section).map((c) => c.data.id).sort();
const noCategorySection = corpus.sections.find((s) => categoriesOf(s.data.id).length === 0)!.data.id;

/** The real entry file rewritten with changed frontmatter. */
function mdxWith(change: (fm: Record<string, unknown>) => void): string {
  const fm = structuredClone(splitFrontmatter(`---\n${stringify(base.data)}---\n`).frontmatter) as Record<string, unknown>;
  change(fm);
  return `---\n${stringify(fm)}---\n\n${base.body}`;
}

const schemaErrors = (change: (fm: Record<string, unknown>) => void) => parseDoc('entries', FILE, mdxWith(change)).errors.map(formatError);

describe('frontmatter mistakes (schema)', () => {
  test.each([
    ['unknown kind', (fm: Record<string, unknown>) => (fm.kind = 'reformm'), /^字段 kind 的值 "reformm" 有误：不在取值表中；允许的取值：plan（规划文件）、.*reform（改革试点）/],
    ['unknown status', (fm: Record<string, unknown>) => (fm.status = 'finished'), /^字段 status 的值 "finished" 有误：不在取值表中；允许的取值：done（已完成）/],
    ['unknown city', (fm: Record<string, unknown>) => (fm.cities = ['xiangtan', 'wuhan']), /^字段 cities\[1\] 的值 "wuhan" 有误：不在取值表中；允许的取值：changsha（长沙）、zhuzhou（株洲）、xiangtan（湘潭）/],
    ['missing title', (fm: Record<string, unknown>) => delete fm.title, /^字段 title：必填$/],
    ['missing order', (fm: Record<string, unknown>) => delete fm.order, /^字段 order：.*(数字|number)/],
    ['non-ASCII id', (fm: Record<string, unknown>) => (fm.id = '改革-01'), /^字段 id 的值 "改革-01" 有误："改革-01" 不是合法的 ASCII 标识/],
    ['figure value as text', (fm: Record<string, unknown>) => (fm.figures = [{ value: '十', unit: '个', counts: '项目数量', text: '十个' }]), /^字段 figures\[0\]\.value 的值 "十" 有误：value 必须是数字/],
  ])('%s', (_name, change, message) => {
    const errors = schemaErrors(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${FILE}：`)).toBe(true);
    expect(errors[0]!.slice(FILE.length + 1)).toMatch(message);
  });

  test('the unchanged file parses', () => {
    expect(parseDoc('entries', FILE, mdxWith(() => {})).doc?.data.id).toBe(base.data.id);
  });
});

type Data = Record<string, unknown>;

/** The real corpus with one document's data (and body) changed. */
function corpusWith(file: string, change: (data: Data, doc: { body: string }) => void): Corpus {
  const out = {} as Record<string, Doc<unknown>[]>;
  for (const [name, docs] of Object.entries(corpus)) {
    out[name] = (docs as Doc<unknown>[]).map((d) => {
      if (d.file !== file) return d;
      const copy = { ...d, data: structuredClone(d.data) as Data };
      change(copy.data, copy);
      return copy;
    });
  }
  return out as unknown as Corpus;
}

const errorsOf = (c: Corpus, texts = sourceTexts) => checkContent(c, texts).map(formatError);

function expectError(c: Corpus, line: string, texts = sourceTexts) {
  const errors = errorsOf(c, texts);
  expect(errors, errors.join('\n')).toContain(line);
}

describe('cross-reference mistakes', () => {
  const { section, category } = base.data as { section: string; category: string };
  test.each([
    ['unknown category', (d: Data) => (d.category = `${category}s`), `字段 category 的值 "${category}s" 有误：没有这个栏目 ${section} 下的类别；允许的取值：${categoriesOf(section).join('、')}`],
    ['category on an entry of a section without categories', (d: Data) => (d.section = noCategorySection), `字段 category 的值 "${category}" 有误：栏目 ${noCategorySection} 没有类别，请删去 category`],
    ['no category in a section with categories', (d: Data) => delete d.category, `字段 category：栏目 ${section} 的条目必须写 category；允许的取值：${categoriesOf(section).join('、')}`],
    ['unknown section', (d: Data) => (d.section = 'summary'), `字段 section 的值 "summary" 有误：没有这个栏目；允许的取值：${corpus.sections.map((s) => s.data.id).join('、')}`],
    ['plan reference that does not exist', (d: Data) => (d.plans = ['no-such-plan']), '字段 plans[0] 的值 "no-such-plan" 有误：没有这个规划与文件；允许的取值：'],
    ['unknown source report', (d: Data) => (d.source = 'nowhere-2023'), `字段 source 的值 "nowhere-2023" 有误：没有这个来源报告；允许的取值：${corpus.sources.map((s) => s.data.id).join('、')}`],
    ['id that differs from the file name', (d: Data) => (d.id = `${base.data.id}9`), `字段 id 的值 "${base.data.id}9" 有误：必须与文件名一致（${base.data.id}）`],
    ['figure not in the text', (d: Data) => (d.figures = [{ value: 7, unit: '个', counts: '试点', text: '7个' }]), '字段 figures[0].text 的值 "7个" 有误：正文中找不到这段文字；数据必须照录正文'],
    ['status words not in the text', (d: Data) => (d.statusWords = '尚未查明'), '字段 statusWords 的值 "尚未查明" 有误：正文中找不到这段文字；状态必须依据原文用语'],
    ['alias already in the text', (d: Data) => (d.aliases = [kb.entry(base.data.id).text.slice(0, 4)]), `字段 aliases[0] 的值 "${kb.entry(base.data.id).text.slice(0, 4)}" 有误：正文已有这个词，无需作为别名`],
  ])('%s', (_name, change, message) => {
    const errors = errorsOf(corpusWith(FILE, change));
    expect(errors.some((e) => e.startsWith(`${FILE}：${message}`)), errors.join('\n')).toBe(true);
  });

  test('continuing an entry of a report that is not earlier', () => {
    const other = corpus.entries.find((e) => e.data.source === base.data.source && e !== base)!;
    const year = corpus.sources.find((s) => s.data.id === base.data.source)!.data.year;
    expect(errorsOf(corpusWith(FILE, (d) => (d.continues = other.data.id)))).toEqual([
      `${FILE}：字段 continues 的值 "${other.data.id}" 有误：这个条目出自 ${year} 年的报告（${base.data.source}），不早于本条目的报告（${year} 年）；continues 只能指向更早报告中的条目`,
    ]);
    expect(errorsOf(corpusWith(FILE, (d) => (d.continues = 'no-such-entry')))[0]).toMatch(/字段 continues 的值 "no-such-entry" 有误：没有这个条目/);
  });

  test('order used twice', () => {
    const other = corpus.entries.find((e) => e.data.source === base.data.source && e !== base)!;
    const errors = errorsOf(corpusWith(FILE, (d) => (d.order = other.data.order)));
    expect(errors).toContain(`${FILE}：字段 order 的值 ${other.data.order} 有误：与 ${other.file} 的顺序号重复`);
  });

  test('an entry id without its source’s prefix, and two sources with one prefix', () => {
    const source = corpus.sources.find((s) => s.data.id === base.data.source)!;
    const prefix = source.data.idPrefix;
    const renamed = { ...base, file: base.file.replace(base.data.id, `other-${base.data.id}`), data: { ...base.data, id: `other-${base.data.id}` } };
    const twin = { ...source, file: 'content/sources/twin-2099.mdx', data: { ...source.data, id: 'twin-2099' } };
    const errors = errorsOf({ ...corpus, entries: corpus.entries.map((e) => (e === base ? renamed : e)), sources: [...corpus.sources, twin] }, new Map([...sourceTexts, ['twin-2099', '']]));
    expect(errors).toContain(`${renamed.file}：字段 id 的值 "other-${base.data.id}" 有误：须以来源报告的前缀 ${prefix}- 开头（见 ${source.file} 的 idPrefix），如 ${prefix}-transport-01；文件名随之改动`);
    expect(errors).toContain(`${twin.file}：字段 idPrefix 的值 "${prefix}" 有误：与 ${source.file} 重复；每份报告的条目编号前缀须不同`);
  });

  test('a duplicate id names both files', () => {
    const copy = { ...base, file: 'content/entries/other/' + FILE.split('/').pop() };
    const errors = errorsOf({ ...corpus, entries: [...corpus.entries, copy] });
    expect(errors).toContain(`${copy.file}：字段 id 的值 "${base.data.id}" 有误：与 ${FILE} 重复；entries 中的 id 必须唯一`);
  });
});

describe('glossary mistakes', () => {
  test('a term the report never uses, and a text-given group that is not in the text', () => {
    const term = corpus.terms.find((t) => t.data.definitionProvenance === 'text' && t.data.parts.length > 0)!;
    const errors = errorsOf(corpusWith(term.file, (d) => Object.assign(d, { term: '五融四抓', aliases: ['五融'], parts: [{ label: '五融', items: ['规划融', term.data.parts[0]!.items[0]!] }] })));
    expect(errors).toEqual([
      `${term.file}：字段 term 的值 "五融四抓" 有误：报告正文（条目、导语和展望）中找不到这个词，也找不到别名 五融；术语表只收报告中用到的词`,
      `${term.file}：字段 parts[0].items[0] 的值 "规划融" 有误：报告正文中找不到这段文字；definitionProvenance 为 text 时，分组须照录原文`,
    ]);
  });
});

describe('thesaurus mistakes', () => {
  test('a group none of whose words the site uses, and a word in two groups', () => {
    const [a, b] = corpus.thesaurus;
    const errors = errorsOf({
      ...corpusWith(a!.file, (d) => (d.words = ['子虚乌有', '乌有之乡'])),
      thesaurus: corpus.thesaurus.map((g) => (g === a ? { ...g, data: { ...g.data, words: ['子虚乌有', '乌有之乡'] } } : g === b ? { ...g, data: { ...g.data, words: [...g.data.words, b!.data.words[0]!] } } : g)),
    });
    expect(errors).toEqual([
      `${a!.file}：字段 words：站内文字中一个也找不到：子虚乌有、乌有之乡；每组至少要有一个站内用到的词，搜索才能由读者的说法找到它`,
      `${b!.file}：字段 words[${b!.data.words.length}] 的值 "${b!.data.words[0]}" 有误：已在 ${b!.file} 中；一个词只能属于一组`,
    ]);
  });
});

describe('plan mistakes', () => {
  const namer = corpus.entries.find((e) => e.data.plans.length === 1 && e.data.repairs.length === 0)!;
  const plan = corpus.plans.find((p) => p.data.id === namer.data.plans[0])!;
  const other = corpus.plans.find((p) => p !== plan)!;

  test('a 《title》 in the text that is not in `plans`', () => {
    expectError(corpusWith(namer.file, (d) => (d.plans = [])), `${namer.file}：字段 plans：正文提到《${plan.data.title}》，请在 plans 中加上 ${plan.data.id}`);
  });

  test('a plan in `plans` that the text does not name', () => {
    expectError(
      corpusWith(namer.file, (d) => (d.plans = [plan.data.id, other.data.id])),
      `${namer.file}：字段 plans[1] 的值 "${other.data.id}" 有误：正文没有在《》中提到这份文件；plans 只列正文提到的文件`,
    );
  });

  test('a 《title》 that no plan record has', () => {
    expectError(
      corpusWith(namer.file, (_d, doc) => (doc.body = doc.body.replace(plan.data.title, '某某规划'))),
      `${namer.file}：字段 正文 的值 "《某某规划》" 有误：没有这个规划与文件；请新建一份（npm run new -- --type plan），或在已有文件的 variants 中加上这种写法`,
    );
  });

  test("a role that is not in the words of a text naming the plan", () => {
    expectError(
      corpusWith(plan.file, (d) => (d.roles = ['废止'])),
      `${plan.file}：字段 roles[0] 的值 "废止" 有误：提及这份文件的正文中，书名号前后找不到这个用语；角色须用原文用语（如 编制、出台、配合实施）`,
    );
  });

  test('a plan that no text names yet is allowed, roles unchecked', () => {
    const lone = { ...plan, file: 'content/plans/xt-lone-plan.mdx', data: { ...plan.data, id: 'xt-lone-plan', title: '湘潭市尚未提及的方案', variants: [], roles: ['编制'] } };
    expect(errorsOf({ ...corpus, plans: [...corpus.plans, lone] })).toEqual([]);
  });
});

describe('figure and body mistakes', () => {
  const withFigure = corpus.entries.find((e) => e.data.figures.length === 1)!;
  const figure = withFigure.data.figures[0]!;

  test('a figure of the text that is not recorded', () => {
    expectError(
      corpusWith(withFigure.file, (d) => (d.figures = [])),
      `${withFigure.file}：字段 figures：正文中的“${figure.text.match(/\d+(?:\.\d+)?\D+$/)?.[0] ?? figure.text}”是一项数据，但 figures 中没有记录；请加上一项：value: ${figure.value}，unit: ${figure.unit}，counts（统计对象），text: ${figure.text.match(/\d+(?:\.\d+)?\D+$/)?.[0] ?? figure.text}`,
    );
  });

  test('markup in a verbatim body', () => {
    expectError(
      corpusWith(FILE, (_d, doc) => (doc.body = `**${doc.body.trim()}**`)),
      `${FILE}：字段 正文 的值 "*" 有误：条目和段落的正文只能是报告原文的纯文本，不能有 Markdown 或 MDX 标记；编者说明请写在其他页面`,
    );
  });

  test('a repair that changes wording', () => {
    const repaired = corpus.entries.find((e) => e.data.repairs.length > 0)!;
    const r = repaired.data.repairs[0]!;
    expectError(
      corpusWith(repaired.file, (d) => ((d.repairs as { after: string }[])[0]!.after = `${r.after}等`)),
      `${repaired.file}：字段 repairs[0].after 的值 "${r.after}等" 有误：改动了原文用语（修复前：“${r.before}”）；修复只能改空格、断行和标点`,
    );
  });
});

describe('fidelity mistakes (every statement of a source exactly once)', () => {
  const sourceId = base.data.source;
  const report = reports.get(sourceId)!;
  const item = report.items.find((i) => i.order === base.data.order)!;

  test('a changed word in an entry', () => {
    const text = kb.entry(base.data.id).text;
    const ch = text[6]!;
    const changed = ch === '合' ? '共' : '合';
    const errors = errorsOf(corpusWith(FILE, (_d, doc) => (doc.body = text.slice(0, 6) + changed + text.slice(7))));
    expect(errors).toEqual([
      `${FILE}：字段 正文：与来源报告第 ${base.data.order} 条不符：自第 7 字起，原文为“${text.slice(6, 18)}”，正文为“${changed}${text.slice(7, 18)}”；正文须照录原文，修复抽取问题须记入 repairs`,
    ]);
  });

  test('a statement of the source that no entry holds', () => {
    const errors = errorsOf({ ...corpus, entries: corpus.entries.filter((e) => e !== base) });
    // (other rules may miss the entry's words too, e.g. a synonym group only it used)
    expect(errors).toEqual(expect.arrayContaining([
      `${sourceTextFile(sourceId)}：第 ${item.order} 条（${item.text.slice(0, 16)}……）不在任何条目中；请为它新建条目（source: ${sourceId}，order: ${item.order}）`,
    ]));
  });

  test('an entry in another section than the text puts it', () => {
    const other = corpus.sections.find((s) => s.data.source === sourceId && s.data.title !== item.section && categoriesOf(s.data.id).length === 0)!;
    const errors = errorsOf(corpusWith(FILE, (d) => ((d.section = other.data.id), delete d.category)));
    expect(errors).toContain(`${FILE}：字段 section 的值 "${other.data.id}" 有误：来源报告把第 ${item.order} 条列在“${item.section}”下，而这个栏目是“${other.data.title}”`);
  });

  test('an order beyond the source', () => {
    const beyond = report.items.length + 1;
    const errors = errorsOf(corpusWith(FILE, (d) => (d.order = beyond)));
    expect(errors).toContain(`${FILE}：字段 order 的值 ${beyond} 有误：来源报告 ${sourceId} 只有 ${report.items.length} 条；order 是条目在报告中的顺序号`);
  });

  test('a changed word in a passage', () => {
    const p = corpus.passages.find((x) => x.data.source === sourceId && x.data.repairs.length === 0)!;
    const errors = errorsOf(corpusWith(p.file, (_d, doc) => (doc.body = doc.body.replace(/。/, '！'))));
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(new RegExp(`^${p.file}：字段 正文：与来源报告的(导语|展望)不符：自第 \\d+ 字起，原文为“。`));
  });

  test('a section or category that is not a keyword or heading of its source', () => {
    const section = corpus.sections.find((s) => s.data.source === sourceId)!;
    const category = corpus.categories.find((c) => c.data.section === section.data.id) ?? corpus.categories.find((c) => corpus.sections.some((s) => s.data.id === c.data.section && s.data.source === sourceId))!;
    const errors = errorsOf(corpusWith(category.file, (d) => (d.title = '抓别的事情')));
    expect(errors).toEqual([`${category.file}：字段 title 的值 "抓别的事情" 有误：来源报告 ${sourceId} 没有这个“抓”字标题；类别标题须照录报告的标题（去掉★）：${report.headings.join('、')}`]);
    const renamed = errorsOf(corpusWith(section.file, (d) => (d.title = '别的关键词')));
    expect(renamed).toContain(`${section.file}：字段 title 的值 "别的关键词" 有误：来源报告 ${sourceId} 没有这个关键词；栏目标题须照录报告的关键词：${report.sections.join('、')}`);
    expect(renamed).toContain(`${sourceTextFile(sourceId)}：报告的关键词“${section.data.title}”没有对应的栏目；请在 content/sections/ 新建 title: ${section.data.title}、source: ${sourceId} 的栏目`);
  });

  test('a source without its text', () => {
    const source = corpus.sources.find((s) => s.data.id === sourceId)!;
    const errors = errorsOf(corpus, new Map([...sourceTexts].filter(([id]) => id !== sourceId)));
    expect(errors).toEqual([`${source.file}：缺少来源报告的原文 ${sourceTextFile(sourceId)}；每份报告都须保存其抽取稿原文，以便逐句核对`]);
  });

  test('an entry whose section belongs to another source', () => {
    const otherSource = { ...corpus.sources[0]!, file: 'content/sources/elsewhere-2024.mdx', data: { ...corpus.sources[0]!.data, id: 'elsewhere-2024' } };
    const errors = errorsOf({ ...corpusWith(FILE, (d) => (d.source = 'elsewhere-2024')), sources: [...corpus.sources, otherSource] }, new Map([...sourceTexts, ['elsewhere-2024', '']]));
    expect(errors).toContain(`${FILE}：字段 section 的值 "${base.data.section}" 有误：这个栏目属于来源报告 ${sourceId}，而条目的 source 是 elsewhere-2024；请选用本报告的栏目`);
  });
});
