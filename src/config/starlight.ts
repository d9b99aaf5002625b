import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { SITE_TITLE } from './site.mjs';
import { buildSidebar } from './sidebar';

export const starlightOptions: StarlightUserConfig = {
  title: SITE_TITLE,
  description: '湘潭市推进长株潭一体化发展工作报告的结构化、可检索、可引用版本。',
  defaultLocale: 'root',
  locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  lastUpdated: true,
  customCss: ['./src/styles/fonts.css', './src/styles/kb.css'],
  sidebar: buildSidebar(),
  pagination: true,
  // Our own 404 page (src/pages/404.astro) has a search form.
  disable404Route: true,
  components: {
    Footer: './src/components/overrides/Footer.astro',
  },
};
