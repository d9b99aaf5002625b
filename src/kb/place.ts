/** What an entry page shows besides the entry itself: its place in the report, in words and links. */
import type { EntryView, Kb } from './model';
import { urls } from './urls';

export function entryTrail(kb: Kb, e: EntryView): { label: string; href: string }[] {
  const trail = [{ label: kb.section(e.section).title, href: urls.section(e.section) }];
  if (e.category) trail.push({ label: kb.category(e.category).title, href: urls.category(e.category) });
  return trail;
}

/** 《报告》 · 栏目 · 类别 · 第 N 条 */
export function entryCite(kb: Kb, e: EntryView): string {
  const parts = [`《${kb.source(e.source).title}》`, kb.section(e.section).title];
  if (e.category) parts.push(kb.category(e.category).title);
  parts.push(`第 ${e.order} 条`);
  return parts.join(' · ');
}
