import type { StarlightUserConfig } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { SITE_TITLE } from './site.mjs';
import { linkedPage, sitePages } from './site-pages';

const pages = sitePages();

export const starlightOptions: StarlightUserConfig = {
  title: SITE_TITLE,
  description: '湘潭市推进长株潭一体化发展工作报告的结构化、可检索、可引用版本。',
  defaultLocale: 'root',
  locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  lastUpdated: true,
  // Every page offers the feed of new and changed entries to feed readers.
  head: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: `${SITE_TITLE}：新增与更新`, href: '/feed.xml' } }],
  customCss: ['./src/styles/fonts.css', './src/styles/kb.css', './src/styles/search.css'],
  // The sidebar is made from the knowledge base on each page (route-data.ts), so that it
  // follows the content in `astro dev` without a restart.
  sidebar: [],
  routeMiddleware: './src/config/route-data.ts',
  pagination: true,
  // No page has a code block: Expressive Code would only add start-up and bundling work to
  // every build (its engine, themes and styles) and an unused script and stylesheet.
  expressiveCode: false,
  // Our own 404 page (src/pages/404.astro) has a search form.
  disable404Route: true,
  // Build-time check of the links written in MDX/Markdown (file and line in the error):
  // links to missing pages and to missing anchors in the same file (see site-pages.ts for
  // why links to existing pages are left to scripts/gates/links.ts, which crawls the built HTML).
  plugins: [starlightLinksValidator({ exclude: ({ link }) => pages.has(linkedPage(link) ?? '') })],
  // The search index is written after the build, in a process of its own (scripts/build.mjs):
  // indexing inside the build's process added Pagefind's memory to the build's at its peak.
  // Pages keep data-pagefind-body, and the header keeps our search (Search is overridden).
  pagefind: false,
  components: {
    Footer: './src/components/overrides/Footer.astro',
    Head: './src/components/overrides/Head.astro',
    Search: './src/components/overrides/Search.astro',
    Sidebar: './src/components/overrides/Sidebar.astro',
  },
};
