/**
 * The sidebar: sections with their categories (grouped by report when there are several), the report passages that have pages, then
 * the reference pages. Made from the knowledge base on every page (src/config/route-data.ts),
 * so a new section, category or passage appears without editing this file, in `astro dev` too.
 * Entries are not listed: at thousands of entries that list would weigh on every page.
 */
import type { Kb } from '../kb/model';
import { sourceLabel } from '../kb/place';
import { urls } from '../kb/urls';

export type NavItem = { label: string; href: string } | { label: string; items: NavItem[] };

/** The reference pages, in the order readers look for them. */
export const REFERENCE_PAGES: { label: string; href: string }[] = [
  { label: '搜索', href: urls.search() },
  { label: '来源报告', href: urls.sources() },
  { label: '规划与文件', href: urls.plans() },
  { label: '工作进展', href: urls.progress() },
  { label: '数据一览', href: urls.figures() },
  { label: '按城市浏览', href: urls.cities() },
  { label: '术语表', href: urls.glossary() },
  { label: '开放数据', href: urls.data() },
  { label: '如何引用', href: urls.citing() },
  { label: '关于本站与校勘', href: urls.about() },
];

export function buildSidebar(kb: Kb): NavItem[] {
  const sectionItems = (sections: Kb['sections']): NavItem[] => sections.map((s) => {
    const own = kb.categoriesOf(s.id);
    if (own.length === 0) return { label: s.title, href: urls.section(s.id) };
    return {
      label: s.title,
      items: [{ label: `${s.title}概览`, href: urls.section(s.id) }, ...own.map((c) => ({ label: c.title, href: urls.category(c.id) }))],
    };
  });
  // with several reports, one group per report, the newest first
  const sources = [...kb.sources].sort((a, b) => b.year - a.year);
  const reportItems: NavItem[] =
    sources.length > 1
      ? sources.map((source) => ({ label: sourceLabel(source), items: sectionItems(kb.sections.filter((s) => s.source === source.id)) }))
      : sectionItems(kb.sections);
  const outlooks = kb.passages.filter((p) => p.kind === 'outlook').map((p) => ({ label: p.title, href: urls.passage(p.kind) }));
  return [
    { label: '首页', href: urls.home() },
    { label: '报告栏目', items: reportItems },
    // one page shows every outlook
    ...outlooks.slice(0, 1),
    { label: '查阅', items: REFERENCE_PAGES },
  ];
}
