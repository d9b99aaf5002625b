/**
 * Every mistake an editor can make in frontmatter gets a message naming the file, the
 * field, the bad value and what is allowed. Fixtures are copies of real files with one mistake.
 */
import { describe, expect, test } from 'vitest';
import { FrontmatterError, SCHEMAS, parseDoc, splitFrontmatter } from '../../src/load/fs';
import type { Corpus } from '../../src/kb/registry';
import { checkIntegrity, formatError } from '../../src/kb/rules/index';
import { corpus } from '../support/corpus';
import { stringify } from 'yaml';

const FILE = 'content/entries/xiangtan-2023/xt2023-reform-01.mdx';
const base = corpus.entries.find((e) => e.file === FILE)!;

/** The real entry file rewritten with changed frontmatter. */
function mdxWith(change: (fm: Record<string, unknown>) => void): string {
  const fm = structuredClone(splitFrontmatter(`---\n${stringify(base.data)}---\n`).frontmatter) as Record<string, unknown>;
  change(fm);
  return `---\n${stringify(fm)}---\n\n${base.body}`;
}

describe('frontmatter mistakes (schema)', () => {
  test.each([
    ['unknown kind', (fm: Record<string, unknown>) => (fm.kind = 'reformm'), /字段 kind：未知取值 "reformm"；允许的取值：plan（规划文件）、.*reform（改革试点）/],
    ['unknown status', (fm: Record<string, unknown>) => (fm.status = 'finished'), /字段 status：未知取值 "finished"；允许的取值：done（已完成）/],
    ['unknown city', (fm: Record<string, unknown>) => (fm.cities = ['xiangtan', 'wuhan']), /字段 cities\.1：未知取值 "wuhan"；允许的取值：changsha（长沙）、zhuzhou（株洲）、xiangtan（湘潭）/],
    ['missing title', (fm: Record<string, unknown>) => delete fm.title, /字段 title：/],
    ['missing order', (fm: Record<string, unknown>) => delete fm.order, /字段 order：/],
    ['non-ASCII id', (fm: Record<string, unknown>) => (fm.id = '改革-01'), /字段 id："改革-01" 不是合法的 ASCII 标识/],
    ['figure value as text', (fm: Record<string, unknown>) => (fm.figures = [{ value: '十', unit: '个', counts: '项目数量', text: '十个' }]), /字段 figures\.0\.value：value 必须是数字/],
  ])('%s', (_name, change, message) => {
    const run = () => parseDoc(SCHEMAS.entries, FILE, mdxWith(change));
    expect(run).toThrow(FrontmatterError);
    expect(run).toThrow(new RegExp(FILE.replace(/[.]/g, '\\.')));
    expect(run).toThrow(message);
  });

  test('the unchanged file parses', () => {
    expect(parseDoc(SCHEMAS.entries, FILE, mdxWith(() => {})).data.id).toBe('xt2023-reform-01');
  });
});

/** The real corpus with one entry's data changed. */
function corpusWith(change: (data: Record<string, unknown>) => void, extra: Partial<Corpus> = {}): Corpus {
  const entries = corpus.entries.map((e) => {
    if (e.file !== FILE) return e;
    const data = structuredClone(e.data) as Record<string, unknown>;
    change(data);
    return { ...e, data } as typeof e;
  });
  return { ...corpus, entries, ...extra };
}

describe('cross-reference mistakes (integrity)', () => {
  test.each([
    ['unknown category', (d: Record<string, unknown>) => (d.category = 'reforms'), '字段 category 的值 "reforms" 有误：没有这个栏目 breakthroughs 下的类别；允许的取值：ecology、industry、innovation、planning、reform、services、transport、zones'],
    ['category on an entry outside 重点突破', (d: Record<string, unknown>) => (d.section = 'consensus'), '字段 category 的值 "reform" 有误：栏目 consensus 没有类别，请删去 category'],
    ['no category in 重点突破', (d: Record<string, unknown>) => delete d.category, '字段 category 的值 undefined 有误：栏目 breakthroughs 的条目必须写 category'],
    ['unknown section', (d: Record<string, unknown>) => (d.section = 'summary'), '字段 section 的值 "summary" 有误：没有这个栏目；允许的取值：breakthroughs、consensus、deployment'],
    ['plan reference that does not exist', (d: Record<string, unknown>) => (d.plans = ['no-such-plan']), '字段 plans[0] 的值 "no-such-plan" 有误：没有这个规划与文件'],
    ['unknown source report', (d: Record<string, unknown>) => (d.source = 'zhuzhou-2023'), '字段 source 的值 "zhuzhou-2023" 有误：没有这个来源报告；允许的取值：xiangtan-2023'],
    ['id that differs from the file name', (d: Record<string, unknown>) => (d.id = 'xt2023-reform-99'), '字段 id 的值 "xt2023-reform-99" 有误：必须与文件名一致（xt2023-reform-01）'],
    ['figure not in the text', (d: Record<string, unknown>) => (d.figures = [{ value: 7, unit: '个', counts: '试点', text: '7个' }]), '字段 figures[0].text 的值 "7个" 有误：正文中找不到这段文字'],
    ['status words not in the text', (d: Record<string, unknown>) => (d.statusWords = '已完成'), '字段 statusWords 的值 "已完成" 有误：正文中找不到这段文字'],
    ['alias already in the text', (d: Record<string, unknown>) => (d.aliases = ['国家综合改革试点']), '字段 aliases[0] 的值 "国家综合改革试点" 有误：正文已有这个词，无需作为别名'],
    ['order used twice', (d: Record<string, unknown>) => (d.order = 1), '字段 order 的值 1 有误：与 content/entries/xiangtan-2023/xt2023-consensus-01.mdx 的顺序号重复'],
  ])('%s', (_name, change, message) => {
    const errors = checkIntegrity(corpusWith(change)).map(formatError);
    expect(errors.some((e) => e.startsWith(`${FILE}：`) && e.includes(message)), errors.join('\n')).toBe(true);
  });

  test('a glossary term the report never uses, and a text-given group that is not in the text', () => {
    const term = corpus.terms.find((t) => t.data.definitionProvenance === 'text' && t.data.parts.length > 0)!;
    const changed = { ...term, data: { ...term.data, term: '五融四抓', aliases: ['五融'], parts: [{ label: '五融', items: ['规划融', term.data.parts[0]!.items[0]!] }] } };
    const errors = checkIntegrity({ ...corpus, terms: corpus.terms.map((t) => (t === term ? changed : t)) }).map(formatError);
    expect(errors).toEqual([
      `${term.file}：字段 term 的值 "五融四抓" 有误：报告正文（条目、导语和展望）中找不到这个词，也找不到别名 五融；术语表只收报告中用到的词`,
      `${term.file}：字段 parts[0].items[0] 的值 "规划融" 有误：报告正文中找不到这段文字；definitionProvenance 为 text 时，分组须照录原文`,
    ]);
  });

  test('a duplicate id names both files', () => {
    const twin = corpus.entries.find((e) => e.file === FILE)!;
    const copy = { ...twin, file: 'content/entries/other/xt2023-reform-01.mdx' };
    const errors = checkIntegrity({ ...corpus, entries: [...corpus.entries, copy] }).map(formatError);
    expect(errors).toContain(
      `content/entries/other/xt2023-reform-01.mdx：字段 id 的值 "xt2023-reform-01" 有误：与 ${FILE} 重复；entries 中的 id 必须唯一`,
    );
  });
});
