/** How a plan is described to readers: its metadata rows, derived from the plan and the entries naming it. */
import type { PlanData } from '../kb/schemas/plan';
import { PLAN_LEVELS, PROVENANCE_NOTES } from '../kb/schemas/vocab';
import type { Kb } from '../kb/model';
import { urls } from '../kb/urls';

export function planLevelText(plan: PlanData): string {
  const level = PLAN_LEVELS[plan.level];
  return plan.levelProvenance === 'text' ? level : `${level}（${PROVENANCE_NOTES.editorial}，原文未明言）`;
}

/** Categories of the entries that name a plan, in order, without repeats. */
export function planCategories(kb: Kb, planId: string) {
  const ids = new Set(kb.entriesNamingPlan(planId).flatMap((e) => (e.category ? [e.category] : [])));
  return kb.categories.filter((c) => ids.has(c.id));
}

export function planRows(kb: Kb, plan: PlanData) {
  const entries = kb.entriesNamingPlan(plan.id);
  return [
    { label: '名称', value: `《${plan.title}》` },
    { label: '层级', value: planLevelText(plan) },
    { label: '湘潭角色', value: plan.roles.join('、') },
    { label: '时期', value: plan.period ?? '' },
    { label: '相关类别', value: planCategories(kb, plan.id).map((c) => ({ label: c.title, href: urls.category(c.id) })) },
    { label: '相关条目', value: entries.map((e) => ({ label: e.title, href: urls.entry(e.id) })) },
    { label: '亦见于', value: kb.passagesNamingPlan(plan.id).map((p) => ({ label: p.title, href: urls.passage(p.kind) })) },
  ];
}
