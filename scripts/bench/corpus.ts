/**
 * Synthetic entries that look like real ones: valid frontmatter spread over every section,
 * category, kind, status and city, and bodies recombined from the clauses of the real
 * report (deterministic for a given seed), with figures and plan names in some of them.
 */
import { publishedPart, type Corpus } from '../../src/kb/registry';
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

/** A page of the plain Starlight baselines: an entry's title and text. */
export type BaselinePage = Pick<SyntheticEntry, 'id' | 'title' | 'text'>;

/**
 * The published entries of the real reports as baseline pages: ours builds them beside the
 * synthetic ones, so the baselines hold them too and both sites have the same entries.
 */
export function realEntryPages(real: Corpus): BaselinePage[] {
  return publishedPart(real).entries.map((e) => ({ id: e.data.id, title: e.data.title, text: plainText(e.body) }));
}

/** Synthetic source reports: their entries, and the other files they need (texts, sections, categories), by path under content/. */
export interface SyntheticSource {
  entries: SyntheticEntry[];
  files: Map<string, string>;
  /** How many reports the entries are spread over. */
  reports: number;
}

/**
 * Entries per synthetic report. The real one has 61; a province's 14 cities over ten years
 * make 10,000 entries in some 140 reports. A collection is many reports, not one long one:
 * that is what a sidebar, a report page or a folder of files must hold up to.
 */
export const ENTRIES_PER_REPORT = 100;
/** Hunan's fourteen cities and prefectures, in turn; then a year earlier. */
const CITY_NAMES = ['长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底', '湘西'];

/** a, b, …, z, ba, bb, …: a report's letters in its ids. */
const letters = (k: number): string => (k < 26 ? '' : letters(Math.floor(k / 26))) + String.fromCharCode(97 + (k % 26));

const mdx = (data: object, body = '') => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;

/**
 * N synthetic entries in reports of ENTRIES_PER_REPORT, each report with a text (in the real
 * report's layout: 关键词 sections, ★抓 headings, ★ and ● items) that holds each of its
 * entries, so that the content passes every rule as real content does: each report's
 * sections and categories copy the real ones' titles, figures are recorded for every number
 * the text states, plans are named in 《》. Reports differ in city and year (fictional years
 * from 2099 down), as a province's would.
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
  const entries: SyntheticEntry[] = [];
  const files = new Map<string, string>();
  const reports = Math.ceil(n / ENTRIES_PER_REPORT);

  for (let k = 0; k < reports; k++) {
    const year = 2099 - Math.floor(k / CITY_NAMES.length);
    const prefix = `syn${letters(k)}${year}`;
    const source = `synthetic-${letters(k)}-${year}`;
    const own = (id: string) => `${prefix}-${id}`;
    // Where each entry goes: most in sections with categories, as in the report.
    const slots = Array.from({ length: Math.min(ENTRIES_PER_REPORT, n - k * ENTRIES_PER_REPORT) }, () => {
      const category = rnd() < 0.9 ? pick(categories) : undefined;
      const section = category ? category.section : pick(sections.filter((s) => !categories.some((c) => c.section === s.id))).id;
      return { section, category: category?.id };
    });
    // The text lists them section by section, category by category: their order is their place there.
    const rank = (x: { section: string; category?: string }) =>
      sections.findIndex((s) => s.id === x.section) * 1000 + (x.category ? categories.findIndex((c) => c.id === x.category) + 1 : 0);
    slots.sort((a, b) => rank(a) - rank(b));

    const made = slots.map((slot, i) => {
      const id = `${prefix}-${String(i + 1).padStart(3, '0')}`;
      const status = pick(statuses);
      const parts = [STATUS_WORDS[status] + pick(clauses)];
      for (let c = 1 + Math.floor(rnd() * 3); c > 0; c--) parts.push(pick(clauses));
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
        source,
        section: own(slot.section),
        ...(slot.category ? { category: own(slot.category) } : {}),
        kind: pick(kinds),
        status,
        statusWords: STATUS_WORDS[status],
        cities: chosen.length ? chosen : ['xiangtan'],
        ...(named.length ? { plans: plansNamed(plans, text) } : {}),
        ...(figures.length ? { figures } : {}),
        order: i + 1,
      };
      return { file: `entries/${source}/${id}.mdx`, id, title: data.title, text, content: mdx(data, text), slot };
    });

    const lines: string[] = [];
    for (const s of sections) {
      const inSection = made.filter((e) => e.slot.section === s.id);
      const ownCategories = categories.filter((c) => c.section === s.id);
      lines.push('关键词', s.title);
      if (ownCategories.length === 0) for (const e of inSection) lines.push(`★${e.text}`);
      for (const c of ownCategories) {
        lines.push(`★${c.title}`);
        for (const e of inSection.filter((x) => x.slot.category === c.id)) lines.push(`●${e.text}`);
      }
    }
    const city = CITY_NAMES[k % CITY_NAMES.length]!;
    files.set(`sources/${source}.txt`, lines.join('\n') + '\n');
    files.set(`sources/${source}.mdx`, mdx({ ...real.sources[0]!.data, id: source, idPrefix: prefix, title: `${city}合成基准报告（虚构，${year}）`, city, year }, '基准测试用的虚构报告。'));
    for (const s of sections) files.set(`sections/${source}/${own(s.id)}.mdx`, mdx({ ...s, id: own(s.id), source }, '合成栏目。'));
    for (const c of categories) files.set(`categories/${source}/${own(c.id)}.mdx`, mdx({ ...c, id: own(c.id), section: own(c.section) }, '合成类别。'));
    entries.push(...made.map(({ slot: _slot, ...e }) => e));
  }
  return { entries, files, reports };
}
