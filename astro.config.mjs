// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { starlightOptions } from './src/config/starlight.mjs';
import { siteUrl } from './src/config/site.mjs';

export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor runs no remark plugins: use unified so that
    // remark-cjk-friendly fixes emphasis next to CJK punctuation in .md and .mdx.
    processor: unified({ remarkPlugins: [remarkCjkFriendly] }),
  },
  integrations: [starlight(starlightOptions)],
});
