/**
 * Synthetic entries that look like real ones: valid frontmatter spread over every section,
 * category, kind, status and city, and bodies recombined from the clauses of the real
 * report (deterministic for a given seed), with figures and plan names in some of them.
 */
import type { Corpus } from '../../src/kb/registry';
import { plainText } from '../../src/kb/text/plain';
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

export function syntheticEntries(real: Corpus, n: number, seed = 2023): SyntheticEntry[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const clauses = real.entries
    .flatMap((e) => plainText(e.body).split(/[，；;。]/))
    .map((c) => c.replace(/[《》〈〉]/g, '').trim())
    .filter((c) => c.length >= 4);
  const sections = real.sections.map((s) => s.data);
  const categories = real.categories.map((c) => c.data);
  const plans = real.plans.map((p) => p.data);
  const source = real.sources[0]!.data.id;
  const kinds = Object.keys(KINDS) as (keyof typeof KINDS)[];
  const statuses = Object.keys(STATUSES) as (keyof typeof STATUSES)[];
  const cities = Object.keys(CITIES) as (keyof typeof CITIES)[];

  return Array.from({ length: n }, (_, i) => {
    const id = `syn-${String(i + 1).padStart(5, '0')}`;
    // Most entries are in sections with categories, as in the report.
    const category = rnd() < 0.9 ? pick(categories) : undefined;
    const section = category ? category.section : pick(sections.filter((s) => !categories.some((c) => c.section === s.id))).id;
    const status = pick(statuses);
    const parts = [STATUS_WORDS[status] + pick(clauses)];
    for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) parts.push(pick(clauses));
    const figures = [];
    if (rnd() < 0.3) {
      const f = pick(FIGURE_KINDS);
      const value = Number((rnd() * f.max + 1).toFixed(f.decimals));
      const text = `${value}${f.unit}`;
      parts.push(`${f.counts}${text}`);
      figures.push({ value, unit: f.unit, counts: f.counts, text });
    }
    const namedPlans = rnd() < 0.2 ? [pick(plans)] : [];
    for (const p of namedPlans) parts.splice(1, 0, `实施《${p.title}》`);
    const text = parts.join('，') + '。';
    const chosen = cities.filter(() => rnd() < 0.4);
    const data = {
      id,
      title: [...text].slice(0, 16).join('').replace(/[，。]/g, ''),
      source,
      section,
      ...(category ? { category: category.id } : {}),
      kind: pick(kinds),
      status,
      statusWords: STATUS_WORDS[status],
      cities: chosen.length ? chosen : ['xiangtan'],
      ...(namedPlans.length ? { plans: namedPlans.map((p) => p.id) } : {}),
      ...(figures.length ? { figures } : {}),
      order: i + 1,
    };
    const content = `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${text}\n`;
    return { file: `synthetic/${id}.mdx`, id, title: data.title, text, content };
  });
}
