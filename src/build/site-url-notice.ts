/**
 * A production build without SITE_URL says so in its output: which addresses will carry
 * the placeholder (http://localhost:4321), and how to set the real one.
 */
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL } from '../config/site.mjs';

export const SITE_URL_NOTICE = `未设置 SITE_URL：本次构建中的完整网址都是占位地址 ${DEFAULT_SITE_URL}（规范链接、og:url、站点地图、Atom 订阅、导出数据的 url 字段、页面上引用格式和 RIS/BibTeX 中的网址）；读者复制的引用会换成他们正在访问的地址，但其他网址不会。部署前请这样构建：SITE_URL=https://您的域名 npm run build（见 README“部署与安全策略”）。`;

export function siteUrlNotice(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'kb-site-url-notice',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!env.SITE_URL?.trim()) logger.warn(SITE_URL_NOTICE);
      },
    },
  };
}
