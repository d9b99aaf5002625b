/**
 * The sidebar: sections with their categories, then the reference pages. Built from the
 * section and category files, so a new category appears without editing this file.
 * Entries are not listed: at thousands of entries that list would weigh on every page.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { loadCollection } from '../load/fs';
import { urls } from '../kb/urls';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

export function buildSidebar(root = process.cwd()): Sidebar {
  const sections = loadCollection('sections', root).map((d) => d.data).sort((a, b) => a.order - b.order);
  const categories = loadCollection('categories', root).map((d) => d.data).sort((a, b) => a.order - b.order);
  const sectionItems: Sidebar = sections.map((s) => {
    const own = categories.filter((c) => c.section === s.id);
    if (own.length === 0) return { label: s.title, link: urls.section(s.id) };
    return {
      label: s.title,
      items: [
        { label: `${s.title}概览`, link: urls.section(s.id) },
        ...own.map((c) => ({ label: c.title, link: urls.category(c.id) })),
      ],
    };
  });
  return [
    { label: '首页', link: urls.home() },
    { label: '报告栏目', items: sectionItems },
    { label: '2023年工作展望', link: urls.outlook() },
    {
      label: '查阅',
      items: [
        { label: '搜索', link: urls.search() },
        { label: '规划与文件', link: urls.plans() },
        { label: '工作进展', link: urls.progress() },
        { label: '数据一览', link: urls.figures() },
        { label: '按城市浏览', link: urls.cities() },
        { label: '术语表', link: urls.glossary() },
        { label: '开放数据', link: urls.data() },
        { label: '如何引用', link: '/citing/' },
        { label: '关于本站与校勘', link: urls.about() },
      ],
    },
  ];
}
