/**
 * The sidebar: sections with their categories, then the reference pages. Built from the
 * section and category files, so a new category appears without editing this file.
 * Entries are not listed: at thousands of entries that list would weigh on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { parseDoc } from '../lib/content-files';
import { COLLECTION_DIRS } from '../lib/docs';
import { urls } from '../lib/urls';
import { categorySchema, sectionSchema } from '../schemas/taxonomy';
import type { z } from 'astro/zod';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

function readAll<S extends z.ZodType>(root: string, dir: string, schema: S): z.infer<S>[] {
  const abs = path.join(root, dir);
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => parseDoc(schema, `${dir}/${f}`, fs.readFileSync(path.join(abs, f), 'utf8')).data);
}

export function buildSidebar(root = process.cwd()): Sidebar {
  const sections = readAll(root, COLLECTION_DIRS.sections, sectionSchema).sort((a, b) => a.order - b.order);
  const categories = readAll(root, COLLECTION_DIRS.categories, categorySchema).sort((a, b) => a.order - b.order);
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
        { label: '术语表', link: urls.glossary() },
        { label: '开放数据', link: urls.data() },
        { label: '如何引用', link: '/citing/' },
        { label: '关于本站与校勘', link: urls.about() },
      ],
    },
  ];
}
