/**
 * The sidebar: sections with their categories (of the page's own report when there are
 * several, with links to the others), the report passages that have pages, then the
 * reference pages. Made from the knowledge base on every page (src/config/route-data.ts),
 * so a new section, category or passage appears without editing this file, in `astro dev` too.
 * Entries are not listed: at thousands of entries that list would weigh on every page.
 */
import type { Kb } from '../kb/model';
import { newestFirst, sourceLabel } from '../kb/place';
import { urls } from '../kb/urls';

export type NavItem = { label: string; href: string } | { label: string; items: NavItem[] };

/** The reference pages, in the order readers look for them, with what each is for (the home page shows it). */
export const REFERENCE_PAGES: { label: string; href: string; description: string }[] = [
  { label: '搜索', href: urls.search(), description: '全文检索每一条工作，按栏目、类别、状态、城市和来源报告筛选。' },
  { label: '来源报告', href: urls.sources(), description: '按原文顺序通读报告全文，逐条链接到条目；下载原文。' },
  { label: '规划与文件', href: urls.plans(), description: '报告中《》提到的规划和文件，及提及它们的条目。' },
  { label: '工作进展', href: urls.progress(), description: '各类别的条目按状态统计，每个数字链接到相应的条目。' },
  { label: '数据一览', href: urls.figures(), description: '报告中的数字：项目个数、金额、任务数，逐项链接到原文。' },
  { label: '按城市浏览', href: urls.cities(), description: '长沙、株洲、湘潭各自参与的工作，以及三市共同的工作。' },
  { label: '术语表', href: urls.glossary(), description: '“六融三抓”“三高四新”等报告用语的释义和用例。' },
  { label: '开放数据', href: urls.data(), description: '全部条目、规划和数据的 JSON 与 CSV 下载，附字段说明。' },
  { label: '如何引用', href: urls.citing(), description: '固定网址、GB/T 7714 引用格式和文献管理软件导入。' },
  { label: '关于本站与校勘', href: urls.about(), description: '编辑原则：什么是原文、什么是编者所加；全部校勘记录。' },
];

/**
 * With several reports, the sidebar opens one (the page's own, or the newest) and links this
 * many others, newest first, then the list of all: every report's sections on every page
 * would make each page grow with the collection (a province's 140 reports, 1,500 links).
 */
export const OTHER_REPORTS = 6;

const sidebars = new WeakMap<Kb, Map<string, NavItem[]>>();

/**
 * The sidebar of a page; `sourceId` is the report the page belongs to (an entry's, a
 * section's …), if any. Entries are never listed. Made once per report for a knowledge
 * base (each page only marks its own link as current).
 */
export function buildSidebar(kb: Kb, sourceId?: string): NavItem[] {
  const byReport = sidebars.get(kb) ?? new Map<string, NavItem[]>();
  sidebars.set(kb, byReport);
  const key = sourceId ?? '';
  let sidebar = byReport.get(key);
  if (!sidebar) byReport.set(key, (sidebar = makeSidebar(kb, sourceId)));
  return sidebar;
}

function makeSidebar(kb: Kb, sourceId: string | undefined): NavItem[] {
  const sectionItems = (sections: Kb['sections']): NavItem[] => sections.map((s) => {
    const own = kb.categoriesOf(s.id);
    if (own.length === 0) return { label: s.title, href: urls.section(s.id) };
    return {
      label: s.title,
      items: [{ label: `${s.title}概览`, href: urls.section(s.id) }, ...own.map((c) => ({ label: c.title, href: urls.category(c.id) }))],
    };
  });
  const outlooks = kb.passages.filter((p) => p.kind === 'outlook').map((p) => ({ label: p.title, href: urls.passage(p.kind) }));
  return [
    { label: '首页', href: urls.home() },
    ...reportGroups(kb, sourceId, sectionItems),
    // one page shows every outlook
    ...outlooks.slice(0, 1),
    { label: '查阅', items: REFERENCE_PAGES },
  ];
}

/** 报告栏目: the sections of the one report; with several, the open report's, then links to the others. */
function reportGroups(kb: Kb, sourceId: string | undefined, sectionItems: (sections: Kb['sections']) => NavItem[]): NavItem[] {
  if (kb.sources.length <= 1) return [{ label: '报告栏目', items: sectionItems(kb.sections) }];
  const sources = newestFirst(kb);
  const open = sources.find((s) => s.id === sourceId) ?? sources[0]!;
  const others = sources.filter((s) => s !== open);
  const listed: NavItem[] = others.slice(0, OTHER_REPORTS).map((s) => ({ label: sourceLabel(s), href: urls.source(s.id) }));
  if (others.length > OTHER_REPORTS) listed.push({ label: `全部 ${sources.length} 份报告`, href: urls.sources() });
  return [
    { label: `报告栏目：${sourceLabel(open)}`, items: [{ label: '报告全文', href: urls.source(open.id) }, ...sectionItems(kb.sections.filter((s) => s.source === open.id))] },
    { label: '其他报告', items: listed },
  ];
}
