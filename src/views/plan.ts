/** How a plan is described to readers: its metadata rows, derived from the plan and the entries naming it. */
import type { PlanData } from '../kb/schemas/plan';
import { PLAN_LEVELS, PROVENANCE_NOTES } from '../kb/schemas/vocab';
import type { Kb } from '../kb/model';
import { urls } from '../kb/urls';
import { newestPerTitle } from '../kb/place';
import { CELL_LIMIT, shownEntries } from './long-lists';

export function planLevelText(plan: PlanData): string {
  const level = PLAN_LEVELS[plan.level];
  return plan.levelProvenance === 'text' ? level : `${level}（${PROVENANCE_NOTES.editorial}，原文未明言）`;
}

/** The categories of the entries naming a plan, in order, one per title (reports share their 抓… headings), the newest report's. */
export function planCategories(kb: Kb, planId: string) {
  const ids = new Set(kb.entriesNamingPlan(planId).flatMap((e) => (e.category ? [e.category] : [])));
  return newestPerTitle(kb, kb.categories.filter((c) => ids.has(c.id)));
}

/** A plan's entries for a table cell: at most CELL_LIMIT, the newest reports' first, then how many there are, linking to the full list. */
export function planEntryLinks(kb: Kb, planId: string, all: string): { label: string; href: string }[] {
  const entries = kb.entriesNamingPlan(planId);
  const links = shownEntries(kb, entries, CELL_LIMIT).map((e) => ({ label: e.title, href: urls.entry(e.id) }));
  return entries.length > CELL_LIMIT ? [...links, { label: `…共 ${entries.length} 条`, href: all }] : links;
}

export function planRows(kb: Kb, plan: PlanData) {
  return [
    { label: '名称', value: `《${plan.title}》` },
    { label: '层级', value: planLevelText(plan) },
    { label: '湘潭角色', value: plan.roles.join('、') },
    { label: '时期', value: plan.period ?? '' },
    { label: '相关类别', value: planCategories(kb, plan.id).map((c) => ({ label: c.title, href: urls.category(c.id) })) },
    { label: '相关条目', value: planEntryLinks(kb, plan.id, '#entries') },
    { label: '亦见于', value: kb.passagesNamingPlan(plan.id).map((p) => ({ label: p.title, href: urls.passage(p.kind) })) },
  ];
}
