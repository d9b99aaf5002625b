/**
 * Synthetic entries that look like real ones: valid frontmatter spread over every section,
 * category, kind, status and city, and bodies recombined from the clauses of the real
 * report (deterministic for a given seed), with figures and plan names in some of them.
 */
import type { Corpus } from '../../src/kb/registry';
import { plainText } from '../../src/kb/text/plain';
import { statedFigures } from '../../src/kb/text/figures';
import { plansNamed } from '../../src/kb/text/titles';
import { CITIES, KINDS, STATUSES } from '../../src/kb/schemas/vocab';
import { stringify } from 'yaml';

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUS_WORDS: Record<keyof typeof STATUSES, string> = {
  done: '完成',
  approved: '获批',
  launched: '启动',
  'in-progress': '推进',
  preparing: '谋划',
};

const FIGURE_KINDS = [
  { counts: '签约金额', unit: '亿元', max: 300, decimals: 1 },
  { counts: '项目数量', unit: '个', max: 200, decimals: 0 },
  { counts: '补助资金', unit: '万元', max: 5000, decimals: 0 },
  { counts: '建设面积', unit: '亩', max: 800, decimals: 0 },
];

export interface SyntheticEntry {
  file: string;
  id: string;
  title: string;
  text: string;
  content: string;
}

/** A synthetic source report: its entries, and the other files it needs (its text, sections, categories), by path under content/. */
export interface SyntheticSource {
  entries: SyntheticEntry[];
  files: Map<string, string>;
}

const SOURCE = 'synthetic-2099';
const PREFIX = 'syn2099';
const mdx = (data: object, body = '') => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;

/**
 * N synthetic entries of a synthetic source report whose text (in the real report's layout:
 * 关键词 sections, ★抓 headings, ★ and ● items) holds each of them, so that the content
 * passes every rule as real content does: its sections and categories copy the real ones'
 * titles, figures are recorded for every number the text states, plans are named in 《》.
 */
export function syntheticEntries(real: Corpus, n: number, seed = 2023): SyntheticSource {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const clauses = real.entries
    .flatMap((e) => plainText(e.body).split(/[，；;。]/))
    .map((c) => c.replace(/[《》〈〉★●]/g, '').trim())
    .filter((c) => c.length >= 4);
  const sections = real.sections.map((s) => s.data).sort((a, b) => a.order - b.order);
  const categories = real.categories.map((c) => c.data).sort((a, b) => a.order - b.order);
  const plans = real.plans.map((p) => p.data);
  const kinds = Object.keys(KINDS) as (keyof typeof KINDS)[];
  const statuses = Object.keys(STATUSES) as (keyof typeof STATUSES)[];
  const cities = Object.keys(CITIES) as (keyof typeof CITIES)[];
  const synId = (id: string) => `syn-${id}`;

  // Where each entry goes: most in sections with categories, as in the report.
  const slots = Array.from({ length: n }, () => {
    const category = rnd() < 0.9 ? pick(categories) : undefined;
    const section = category ? category.section : pick(sections.filter((s) => !categories.some((c) => c.section === s.id))).id;
    return { section, category: category?.id };
  });
  // The text lists them section by section, category by category: their order is their place there.
  const rank = (x: { section: string; category?: string }) =>
    sections.findIndex((s) => s.id === x.section) * 1000 + (x.category ? categories.findIndex((c) => c.id === x.category) + 1 : 0);
  slots.sort((a, b) => rank(a) - rank(b));

  const entries = slots.map((slot, i): SyntheticEntry & { slot: typeof slot } => {
    const id = `${PREFIX}-${String(i + 1).padStart(5, '0')}`;
    const status = pick(statuses);
    const parts = [STATUS_WORDS[status] + pick(clauses)];
    for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) parts.push(pick(clauses));
    if (rnd() < 0.3) {
      const f = pick(FIGURE_KINDS);
      parts.push(`${f.counts}${Number((rnd() * f.max + 1).toFixed(f.decimals))}${f.unit}`);
    }
    const named = rnd() < 0.2 ? [pick(plans)] : [];
    for (const p of named) parts.splice(1, 0, `${p.roles[0]}《${p.title}》`);
    const text = parts.join('，') + '。';
    const figures = statedFigures(text).map((f) => ({ value: f.value, unit: f.unit, counts: '合成数据', text: f.text }));
    const chosen = cities.filter(() => rnd() < 0.4);
    const data = {
      id,
      title: [...text].slice(0, 16).join('').replace(/[，。]/g, ''),
      source: SOURCE,
      section: synId(slot.section),
      ...(slot.category ? { category: synId(slot.category) } : {}),
      kind: pick(kinds),
      status,
      statusWords: STATUS_WORDS[status],
      cities: chosen.length ? chosen : ['xiangtan'],
      ...(named.length ? { plans: plansNamed(plans, text) } : {}),
      ...(figures.length ? { figures } : {}),
      order: i + 1,
    };
    return { file: `entries/${SOURCE}/${id}.mdx`, id, title: data.title, text, content: mdx(data, text), slot };
  });

  const lines: string[] = [];
  for (const s of sections) {
    const own = entries.filter((e) => e.slot.section === s.id);
    const ownCategories = categories.filter((c) => c.section === s.id);
    lines.push('关键词', s.title);
    if (ownCategories.length === 0) for (const e of own) lines.push(`★${e.text}`);
    for (const c of ownCategories) {
      lines.push(`★${c.title}`);
      for (const e of own.filter((x) => x.slot.category === c.id)) lines.push(`●${e.text}`);
    }
  }
  const files = new Map<string, string>([
    [`sources/${SOURCE}.txt`, lines.join('\n') + '\n'],
    [`sources/${SOURCE}.mdx`, mdx({ ...real.sources[0]!.data, id: SOURCE, idPrefix: PREFIX, title: '合成基准报告（虚构）', year: 2099 }, '基准测试用的虚构报告。')],
    ...sections.map((s): [string, string] => [`sections/${synId(s.id)}.mdx`, mdx({ ...s, id: synId(s.id), source: SOURCE }, '合成栏目。')]),
    ...categories.map((c): [string, string] => [`categories/${synId(c.id)}.mdx`, mdx({ ...c, id: synId(c.id), section: synId(c.section) }, '合成类别。')]),
  ]);
  return { entries: entries.map(({ slot: _slot, ...e }) => e), files };
}
