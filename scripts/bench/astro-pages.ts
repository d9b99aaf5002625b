/**
 * A minimal reproduction of what Astro itself costs per page in a static build, beside which
 * the site's own cost per page is read (BENCHMARKS.md, PERFORMANCE.md “Astro 和 Starlight 每页的渲染成本”): a plain Astro
 * site (no Starlight; no integration, except @astrojs/mdx in some --tags rows below) of N
 * pages, each a list of K small components (a link with three attributes), built page after
 * page (`build.concurrency` 1) as `astro build` does. For each K: Astro's rendering time per page, the young-generation garbage
 * collections during rendering (V8's --trace-gc-nvp: their pauses, and what they promote to
 * the old generation, per page) and a page's size. With --entries N, the same for this site
 * and for plain Starlight with a short sidebar, made as the bench makes them (N synthetic
 * entries and the real report's own, on both: scripts/bench/sites.ts), built by `astro build`
 * alone (no search index).
 *
 * With --tags T (default 20), the same plain site with T <meta> elements in each page's head,
 * written once as a dynamic tag (`<Tag {...attrs} />`, as Starlight's <Head> writes its head
 * entries) and once as plain `<meta {...attrs} />`, without and with @astrojs/mdx (which
 * Starlight brings): Astro renders a dynamic tag (like a custom element) through its
 * framework-component path, which awaits each renderer's check; src/components/overrides/Head.astro avoids it.
 *
 * Usage: npx tsx scripts/bench/astro-pages.ts [--pages 2000] [--components 0,100,200] [--tags 20] [--entries 1000]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO_BIN, buildEnv } from '../support/build';
import { htmlPages, phasesOf, renderScavenges } from './measure';
import { loadCorpus } from '../../src/load/fs';
import { realEntryPages, syntheticEntries } from './corpus';
import { BENCH_DIR, prepareBaseline, prepareOurs, ROOT } from './sites';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '2000' }, components: { type: 'string', default: '0,100,200' }, tags: { type: 'string', default: '20' }, entries: { type: 'string', default: '0' } },
});

/** The site, under .bench/ so that Astro resolves from the repository's node_modules. */
function writeSite(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': '{ "name": "astro-pages", "type": "module", "private": true }\n',
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: process.env.MDX === '1' ? [mdx()] : [], build: { concurrency: 1 } });\n",
    'src/components/Item.astro': '---\nconst { href, label, n } = Astro.props;\n---\n<li><a href={href} class="item" data-n={n}><span>{label}</span></a></li>\n',
    'src/pages/[id].astro': `---
import Item from '../components/Item.astro';
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.PAGES) }, (_, i) => ({ params: { id: \`p\${i}\` }, props: { i } }));
}
const { i } = Astro.props;
const items = Array.from({ length: Number(process.env.COMPONENTS) }, (_, k) => ({ href: \`/p\${(i + k) % 1000}/\`, label: \`第\${k}项：长株潭一体化 \${i}\` }));
const tags = Array.from({ length: Number(process.env.TAGS ?? 0) }, (_, k) => ({ tag: 'meta', attrs: { name: \`m\${k}\`, content: \`长株潭一体化 \${i}\` } }));
const dynamic = process.env.DYNAMIC_TAGS === '1';
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>第{i}页</title>{dynamic ? tags.map(({ tag: Tag, attrs }) => <Tag {...attrs} />) : tags.map(({ attrs }) => <meta {...attrs} />)}</head>
<body><main><h1>第{i}页</h1><ul>{items.map((it, n) => <Item href={it.href} label={it.label} n={n} />)}</ul></main></body></html>
`,
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** Builds a site folder with V8's collections traced: pages built, and Astro's rendering time and collections per page. */
function measureRender(siteDir: string, env: Record<string, string> = {}) {
  fs.rmSync(path.join(siteDir, 'dist'), { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['--trace-gc', '--trace-gc-nvp', ASTRO_BIN, 'build'], { cwd: siteDir, env: buildEnv(env), encoding: 'utf8', maxBuffer: 1 << 30 });
  const log = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`build of ${siteDir} failed:\n${log.slice(-3000)}`);
  const pages = htmlPages(path.join(siteDir, 'dist'));
  const rendering = phasesOf(log).find((p) => p.name.startsWith('rendering'))?.seconds ?? NaN;
  const gc = renderScavenges(log);
  return { pages, renderMs: (rendering * 1000) / pages, gcPauseMs: gc.pauseMs / pages, collections: gc.count, promotedKiB: gc.promotedBytes / 1024 / pages };
}

const print = (site: string, m: ReturnType<typeof measureRender>) =>
  console.log(`| ${site} | ${m.pages} | ${m.renderMs.toFixed(2)} ms | ${m.gcPauseMs.toFixed(2)} ms (${m.collections} collections) | ${m.promotedKiB.toFixed(1)} KiB |`);

const dir = path.join(BENCH_DIR, 'astro-pages');
writeSite(dir);
console.log('Per page, while Astro renders (page after page unless the site sets build.concurrency):\n');
console.log('| site | pages | rendering | young-generation GC pauses | promoted to the old generation |');
console.log('| --- | --- | --- | --- | --- |');
for (const components of values.components!.split(',').map(Number)) {
  const m = measureRender(dir, { PAGES: values.pages!, COMPONENTS: String(components) });
  const html = fs.statSync(path.join(dir, 'dist/p1/index.html')).size / 1024;
  print(`plain Astro, ${components} components a page (${html.toFixed(1)} KiB)`, m);
}
const tags = Number(values.tags);
if (tags > 0) {
  // Starlight brings @astrojs/mdx, whose renderer Astro asks about every dynamic tag.
  for (const mdx of [false, true]) {
    for (const dynamic of [true, false]) {
      const m = measureRender(dir, { PAGES: values.pages!, COMPONENTS: '0', TAGS: String(tags), DYNAMIC_TAGS: dynamic ? '1' : '0', MDX: mdx ? '1' : '0' });
      print(`plain Astro${mdx ? ' with @astrojs/mdx' : ''}, ${tags} <meta> a page, written ${dynamic ? 'as a dynamic <Tag>' : 'as plain <meta>'}`, m);
    }
  }
}
const entries = Number(values.entries);
if (entries > 0) {
  const real = loadCorpus(ROOT);
  const synthetic = syntheticEntries(real, entries);
  const pages = [...realEntryPages(real), ...synthetic.entries];
  print(`this site, ${entries} synthetic entries and the report's own`, measureRender(prepareOurs(synthetic)));
  print(`Starlight with a short sidebar, the same ${pages.length} entries`, measureRender(prepareBaseline(pages, 'short')));
}
