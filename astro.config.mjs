// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { starlightOptions } from './src/config/starlight.ts';
import { siteUrl } from './src/config/site.mjs';
import { siteUrlNotice } from './src/build/site-url-notice';
import { noPrebundleWithoutBrowser } from './src/build/no-prebundle';
import { devReload } from './src/load/dev-reload';
import { starlightPageSchemaOnce } from './src/build/starlight-page-schema';
import { releasePageStateAfterRender } from './src/build/release-page-state';
import { pageModulesOnce } from './src/build/page-modules-once';
import { translationsOnce } from './src/build/translations-once';
import { contentConfigFromNode } from './src/build/content-config-from-node';

export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link; readers on phones pay for pages they
  // never open, and every page carries the prefetch script. Links load on click.
  prefetch: false,
  build: {
    // Pages are rendered a few at a time, so that one page's file is written while the next
    // renders (one at a time, the build waited on the disk for a third of its rendering).
    concurrency: 16,
  },
  markdown: {
    // A code block (none so far) is a plain <pre><code>: Shiki's colours are inline styles,
    // which the site's checks reject (scripts/gates/html-validate.ts), as does the markup of
    // Starlight's Expressive Code (turned off in src/config/starlight.ts).
    syntaxHighlight: false,
    // Astro 7's default processor runs no remark plugins: use unified so that
    // remark-cjk-friendly fixes emphasis next to CJK punctuation in .md and .mdx.
    processor: unified({ remarkPlugins: [remarkCjkFriendly] }),
  },
  // The CSP step runs after Astro's build (scripts/build.mjs), beside Pagefind's.
  integrations: [starlight(starlightOptions), siteUrlNotice(), devReload(), noPrebundleWithoutBrowser()],
  vite: {
    plugins: [contentConfigFromNode(), starlightPageSchemaOnce(), releasePageStateAfterRender(), pageModulesOnce(), translationsOnce()],
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, and the
        // bundler warns once per file about it: thousands of lines at scale, none actionable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
