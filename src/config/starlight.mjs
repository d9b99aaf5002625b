// @ts-check
import { SITE_TITLE } from './site.mjs';

/** @type {import('@astrojs/starlight/types').StarlightUserConfig} */
export const starlightOptions = {
  title: SITE_TITLE,
  description: '湘潭市推进长株潭一体化发展工作报告（2023）的结构化、可检索、可引用版本。',
  defaultLocale: 'root',
  locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  lastUpdated: true,
  customCss: ['./src/styles/fonts.css'],
  sidebar: [{ label: '首页', link: '/' }],
};
