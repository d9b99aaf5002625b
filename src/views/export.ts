/**
 * Open data: the entries and plans as JSON and CSV records, from the same knowledge base
 * as the pages. The field lists here drive both the files and the /data/ page that explains them.
 */
import type { Kb } from '../kb/model';
import { sourceLabel } from '../kb/place';
import { absoluteUrl, urls } from '../kb/urls';
import { figureRows } from './figures';
import { CITIES, KINDS, PLAN_LEVELS, PROVENANCE_NOTES, STATUSES } from '../kb/schemas/vocab';

export interface FieldDoc {
  name: string;
  description: string;
}

export const ENTRY_FIELDS: FieldDoc[] = [
  { name: 'id', description: '条目的固定编号，也是网址的一部分' },
  { name: 'url', description: '条目页的完整网址' },
  { name: 'title', description: '编者所拟的短标题（非原文）' },
  { name: 'source', description: '来源报告的编号' },
  { name: 'sourceTitle', description: '来源报告的简称（年份、城市、文件类型）' },
  { name: 'year', description: '来源报告的年份' },
  { name: 'order', description: '在来源报告中的顺序（从 1 起）' },
  { name: 'section', description: '栏目名称（凝聚共识、谋划部署、重点突破）' },
  { name: 'category', description: '“抓”字类别名称；“重点突破”以外的条目为空' },
  { name: 'kind', description: `类型：${Object.values(KINDS).join('、')}` },
  { name: 'status', description: `状态：${Object.values(STATUSES).join('、')}` },
  { name: 'statusWords', description: '原文中表明状态的用语' },
  { name: 'cities', description: `涉及城市：${Object.values(CITIES).join('、')}` },
  { name: 'orgs', description: '原文提及的机构' },
  { name: 'places', description: '原文提及的地点' },
  { name: 'plans', description: '原文提及的规划与文件（标题）' },
  { name: 'figures', description: '原文所述数据：数值、单位、统计对象' },
  { name: 'terms', description: '原文使用的术语' },
  { name: 'text', description: '原文（照录，已修复抽取问题）' },
];

export const PLAN_FIELDS: FieldDoc[] = [
  { name: 'id', description: '文件的固定编号' },
  { name: 'url', description: '文件页的完整网址' },
  { name: 'title', description: '文件标题（不含书名号）' },
  { name: 'level', description: `层级：${Object.values(PLAN_LEVELS).join('、')}` },
  { name: 'levelProvenance', description: `层级出处：${Object.values(PROVENANCE_NOTES).join(' 或 ')}` },
  { name: 'roles', description: '湘潭的角色（原文用语）' },
  { name: 'period', description: '时期（标题中写明的）' },
  { name: 'entries', description: '提及该文件的条目编号' },
];

export interface EntryRecord {
  id: string;
  url: string;
  title: string;
  source: string;
  sourceTitle: string;
  year: number;
  order: number;
  section: string;
  category: string;
  kind: string;
  status: string;
  statusWords: string;
  cities: string[];
  orgs: string[];
  places: string[];
  plans: string[];
  figures: { value: number; unit: string; counts: string }[];
  terms: string[];
  text: string;
}

export interface PlanRecord {
  id: string;
  url: string;
  title: string;
  level: string;
  levelProvenance: string;
  roles: string[];
  period: string;
  entries: string[];
}


export function entryRecords(kb: Kb, site: string): EntryRecord[] {
  return kb.entries.map((e) => ({
    id: e.id,
    url: absoluteUrl(site, urls.entry(e.id)),
    title: e.title,
    source: e.source,
    sourceTitle: sourceLabel(kb.source(e.source)),
    year: kb.source(e.source).year,
    order: e.order,
    section: kb.section(e.section).title,
    category: e.category ? kb.category(e.category).title : '',
    kind: KINDS[e.kind],
    status: STATUSES[e.status],
    statusWords: e.statusWords,
    cities: e.cities.map((c) => CITIES[c]),
    orgs: e.orgs,
    places: e.places,
    plans: e.plans.map((p) => kb.plan(p).title),
    figures: e.figures.map(({ value, unit, counts }) => ({ value, unit, counts })),
    terms: e.termIds.map((t) => kb.term(t).term),
    text: e.text,
  }));
}

export function planRecords(kb: Kb, site: string): PlanRecord[] {
  return kb.plans.map((p) => ({
    id: p.id,
    url: absoluteUrl(site, urls.plan(p.id)),
    title: p.title,
    level: PLAN_LEVELS[p.level],
    levelProvenance: PROVENANCE_NOTES[p.levelProvenance],
    roles: p.roles,
    period: p.period ?? '',
    entries: kb.entriesNamingPlan(p.id).map((e) => e.id),
  }));
}

/** One CSV cell: lists joined with ；, figures as 值单位（统计对象）, quoted per RFC 4180. */
function cell(value: unknown): string {
  let text: string;
  if (Array.isArray(value)) {
    text = value
      .map((v) => (typeof v === 'object' && v ? `${v.value}${v.unit}（${v.counts}）` : String(v)))
      .join('；');
  } else text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 byte-order mark, so that Excel opens the Chinese text correctly. */
export function toCsv(records: object[], fields: FieldDoc[]): string {
  const lines = [fields.map((f) => f.name).join(',')];
  for (const r of records) lines.push(fields.map((f) => cell((r as Record<string, unknown>)[f.name])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The figures of every entry, each with its entry's full address. */
export function figureRecords(kb: Kb, site: string) {
  return figureRows(kb).map((row) => ({ ...row, url: absoluteUrl(site, row.url) }));
}
