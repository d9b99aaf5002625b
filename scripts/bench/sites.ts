/**
 * The two sites a benchmark builds from the same synthetic entries: ours (this repository
 * with its entries replaced) and a plain Starlight site with one page per entry and
 * Starlight's default sidebar. Both live under .bench/ so that they share node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/root';
import type { BaselinePage, SyntheticSource } from './corpus';

export { ROOT };
export const BENCH_DIR = path.join(ROOT, '.bench');

/** Astro's caches in a site folder: a build after another would reuse its content store and Vite's work. */
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Removes a site's caches (and whatever else is named) so that the next build or dev server starts cold. */
export function clear(dir: string, ...more: string[]): void {
  for (const stale of [...CACHES.map((cache) => path.join(dir, cache)), ...more]) fs.rmSync(stale, { recursive: true, force: true });
}

function fresh(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** This site with a synthetic source beside the real one (its entries, text, sections and categories). */
export function prepareOurs(synthetic: SyntheticSource): string {
  const dir = fresh(path.join(BENCH_DIR, `ours-${synthetic.entries.length}`));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  const files = new Map([...synthetic.files, ...synthetic.entries.map((e): [string, string] => [e.file, e.content])]);
  for (const [rel, content] of files) {
    const file = path.join(dir, 'content', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** Starlight's default sidebar lists every page on every page; a competent user would write a short one instead. */
export type BaselineSidebar = 'default' | 'short';

const baselineConfig = (sidebar: BaselineSidebar) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: '基线站点',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },${
        sidebar === 'short'
          ? `
      sidebar: [{ label: '首页', link: '/' }, { label: '条目示例', link: '/entries/' }],`
          : ''
      }
    }),
  ],
});
`;

const BASELINE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** A plain Starlight site: the same entries as pages under /entries/, with the default or a short sidebar. */
export function prepareBaseline(entries: BaselinePage[], sidebar: BaselineSidebar): string {
  const dir = fresh(path.join(BENCH_DIR, `baseline-${sidebar}-${entries.length}`));
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), baselineConfig(sidebar));
  // The same dependencies as ours: Vite decides from them what to bundle for the build.
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module', dependencies }));
  fs.mkdirSync(path.join(dir, 'src/content/docs/entries'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), BASELINE_CONTENT_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content/docs/index.md'), '---\ntitle: 基线站点\n---\n\n基线站点首页。\n');
  fs.writeFileSync(path.join(dir, 'src/content/docs/entries/index.md'), '---\ntitle: 条目\n---\n\n全部条目。\n');
  for (const e of entries) {
    fs.writeFileSync(path.join(dir, 'src/content/docs/entries', `${e.id}.md`), `---\ntitle: ${JSON.stringify(e.title)}\n---\n\n${e.text}\n`);
  }
  return dir;
}
