/** Checks on the output of one real build of the site. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENTRY_FIELDS, type EntryRecord, type PlanRecord } from '../../src/views/export';
import { urls } from '../../src/kb/urls';
import { sourceLabel } from '../../src/kb/place';
import { buildSite, readBuilt, type BuildResult } from '../../scripts/support/build';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { siteRanks } from '../../scripts/support/site-order.mjs';
import { configBundleDir } from '../../scripts/support/config-bundle.mjs';
import { checkLinks } from '../../scripts/gates/links';
import { checkOffline } from '../../scripts/gates/offline';
import { checkSecurity } from '../../scripts/gates/security';
import { checkHtmlValidate, STANDARD } from '../../scripts/gates/html-validate';
import { attr, htmlFiles, pagePath, parsePage } from '../../src/build/html';
import { scanPage } from '../../src/build/csp/scan';
import { inlineCode } from '../../src/build/csp/policy';
import { linkedPage, sitePages } from '../../src/config/site-pages';
import { kb, ROOT } from '../support/corpus';
import { sidebarOf } from '../support/sidebar';
import { SITE_URL_NOTICE } from '../../src/build/site-url-notice';
import { PAGEFIND_LINES } from '../../src/search/client/pagefind-term';
import { decodeFilterChunk, decodeMeta } from '../../src/search/client/pagefind-cbor';
import { unpack } from '../../src/search/client/pagefind-files';
import { compactIndexMeta, compactMetaFile, expandMeta } from '../../src/search/client/compact-meta';
import { END, minifiedWorker, shimScript, START } from '../../scripts/support/worker-shim.mjs';
import { browsePages, buildFacetIndex, countFacets, facetTable } from '../../src/search/client/facet-index';

const SITE = 'https://kb.example.test';
let build: BuildResult;
const html = (url: string) => readBuilt(build.outDir, path.join(url, 'index.html'));
/** The built Pagefind bundle: a file of it, unzipped and without its signature, and its metadata's hash (as pagefind-entry.json names it). */
const bundleDir = () => path.join(build.outDir, 'pagefind');
const readIndex = (file: string) => unpack(new Uint8Array(fs.readFileSync(path.join(bundleDir(), file))), file);
const metaHashOf = () => Object.values((JSON.parse(fs.readFileSync(path.join(bundleDir(), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> }).languages)[0]!.hash;

beforeAll(() => {
  build = buildSite(undefined, { SITE_URL: SITE });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
});
afterAll(() => fs.rmSync(build.outDir, { recursive: true, force: true }));

describe('the built site', () => {
  test('was built from the config bundled for Node, with its links validated and its leftover file removed', () => {
    expect(build.output).toMatch(/\[kb-build\] Astro config bundled for Node in \d+ ms\./);
    expect(build.output).not.toContain('could not be bundled');
    expect(build.output).toContain('All internal links are valid.');
    const cache = configBundleDir(ROOT);
    const leftover = fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith(`.${build.pid}.mjs`)) : [];
    expect(leftover).toEqual([]);
  });

  test('is in Simplified Chinese with the site title', () => {
    const home = html('/');
    expect(home).toMatch(/<html lang="zh-CN"/);
    expect(home).toContain('<title>湘潭·长株潭一体化知识库');
  });

  test('renders emphasis next to CJK punctuation in .mdx and .md (remark-cjk-friendly)', () => {
    // every **…。** followed by a character in the pages' sources, as the build renders it
    const pages = [
      ['/about/', 'content/docs/about.mdx'],
      ['/citing/', 'content/docs/citing.md'],
    ] as const;
    for (const [url, file] of pages) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const cases = [...source.matchAll(/\*\*([^*\n]+[。，！？])\*\*([\u4e00-\u9fff]{2})/g)];
      expect(cases.length, file).toBeGreaterThan(0);
      for (const [, bold, next] of cases) expect(html(url)).toContain(`<strong>${bold}</strong>${next}`);
      const main = /<main[\s\S]*<\/main>/.exec(html(url))?.[0] ?? '';
      expect(main).not.toContain('**');
    }
  });

  test('has a page for every entry, plan, term, section and category', () => {
    const pages = [
      ...kb.entries.map((e) => urls.entry(e.id)),
      ...kb.plans.map((p) => urls.plan(p.id)),
      ...kb.terms.map((t) => urls.term(t.id)),
      ...kb.sections.map((s) => urls.section(s.id)),
      ...kb.categories.map((c) => urls.category(c.id)),
      urls.plans(), urls.glossary(), urls.outlook(), urls.data(), urls.about(),
    ];
    const missing = pages.filter((p) => !fs.existsSync(path.join(build.outDir, p, 'index.html')));
    expect(missing).toEqual([]);
  });

  test('shows each entry text verbatim on its own page, inside the indexed body', () => {
    for (const e of kb.entries) {
      const page = html(urls.entry(e.id));
      const quote = (/<blockquote>([\s\S]*?)<\/blockquote>/.exec(page)?.[1] ?? '').replace(/<div hidden[\s\S]*?<\/div>/, '');
      expect(quote.replace(/<[^>]+>/g, '').replace(/\n\s*/g, ''), e.id).toBe(e.text);
      expect(page).toContain('data-pagefind-body');
    }
  });

  test('has a page per source report with its whole text in order, each item anchored and linked to its entry, and the text to download', () => {
    for (const s of kb.sources) {
      const page = html(urls.source(s.id));
      const report = kb.report(s.id)!;
      let at = 0;
      for (const item of report.items) {
        const e = kb.entriesOfSource(s.id).find((x) => x.order === item.order)!;
        const anchor = page.indexOf(`id="item-${item.order}"`, at);
        expect(anchor, `${s.id} item ${item.order}`).toBeGreaterThan(at);
        at = anchor;
        const paragraph = page.slice(anchor, page.indexOf('</p>', anchor));
        expect(paragraph).toContain(e.text);
        expect(paragraph).toContain(`href="${urls.entry(e.id)}"`);
        expect(html(urls.entry(e.id))).toContain(`href="${urls.sourceItem(s.id, e.order)}"`);
      }
      for (const h of report.headings) expect(page).toContain(`★${h}`);
      expect(readBuilt(build.outDir, urls.sourceText(s.id))).toBe(kb.sourceText(s.id));
      expect(html(urls.sources())).toContain(`href="${urls.source(s.id)}"`);
    }
  });

  test('links the first use of each glossary term in an entry to its definition', () => {
    const page = html(urls.entry('xt2023-industry-04'));
    const links = [...page.matchAll(/<a href="(\/glossary\/[^"]+)" class="kb-term"[^>]*aria-describedby="([^"]+)"[^>]*>([^<]+)<\/a>/g)];
    expect(links.map((l) => [l[1], l[3]])).toEqual([['/glossary/feidi-yuanqu/', '飞地园区']]);
    expect(page).toContain(`<span id="${links[0]![2]}">${kb.term('feidi-yuanqu').definition}</span>`);
    const multi = html(urls.entry('xt2023-consensus-01'));
    expect(multi.match(/class="kb-term"/g)?.length).toBe(1); // 长株潭都市圈 once, though used twice
  });

  test('puts JSON-LD with breadcrumbs on entry pages and a Dataset on the data page', () => {
    const ld = (page: string) =>
      [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const [work, crumbs] = ld(html(urls.entry('xt2023-transport-01')))[0];
    expect(work['@type']).toBe('CreativeWork');
    expect(work.url).toBe(`${SITE}/entries/xt2023-transport-01/`);
    expect(work.text).toBe(kb.entry('xt2023-transport-01').text);
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['湘潭·长株潭一体化知识库', '重点突破', '抓交通设施高效通达', kb.entry('xt2023-transport-01').title]);
    const [dataset] = ld(html(urls.data()));
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContain(`${SITE}/data/entries.csv`);
  });

  test('keeps entry texts on listing pages out of the search index', () => {
    const page = html(urls.category('transport'));
    const list = /<ol class="kb-entry-list" data-pagefind-ignore[\s\S]*?<\/ol>/.exec(page)?.[0] ?? '';
    for (const e of kb.entriesOfCategory('transport')) expect(list).toContain(e.text);
  });

  test('has a sidebar of sections, categories and reference pages, but no entries', () => {
    const page = html(urls.entry(kb.entries[0]!.id));
    const sidebar = sidebarOf(page);
    expect(sidebar).toContain(urls.category('transport'));
    expect(sidebar).toContain(urls.plans());
    expect(sidebar).not.toContain('/entries/');
  });

  test('marks in each page’s sidebar the link to the page itself as current, and no other (a sidebar is rendered once and reused: src/components/overrides/Sidebar.astro)', () => {
    let current = 0;
    for (const file of htmlFiles(build.outDir)) {
      const links = [...sidebarOf(readBuilt(build.outDir, file)).matchAll(/<a href="([^"]+)"([^>]*)>/g)].map(([, href, rest]) => ({ href, current: rest!.includes('aria-current="page"') }));
      const marked = links.filter((l) => l.current).map((l) => l.href);
      const own = pagePath(file);
      expect(marked, file).toEqual(links.some((l) => l.href === own) ? [own] : []);
      current += marked.length;
    }
    expect(current).toBeGreaterThan(0);
  });

  test('uses SITE_URL for canonical links and the sitemap', () => {
    expect(html('/entries/xt2023-transport-01/')).toContain(`<link rel="canonical" href="${SITE}/entries/xt2023-transport-01/"`);
    const sitemap = readBuilt(build.outDir, 'sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/entries/xt2023-transport-01/</loc>`);
    expect(readBuilt(build.outDir, 'feed.xml')).toContain(`<id>${SITE}/entries/xt2023-transport-01/</id>`);
    const ris = /href="data:application\/x-research-info-systems;charset=utf-8,([^"]+)"/.exec(html('/entries/xt2023-transport-01/'))![1]!;
    expect(decodeURIComponent(ris.replaceAll('&amp;', '&'))).toContain(`UR  - ${SITE}/entries/xt2023-transport-01/`);
    // with SITE_URL set, the build has no placeholder to warn about
    expect(build.output).not.toContain(SITE_URL_NOTICE);
  });

  test('exports entries.json matching the collections', () => {
    const records = JSON.parse(readBuilt(build.outDir, 'data/entries.json')) as EntryRecord[];
    expect(records.map((r) => r.id)).toEqual(kb.entries.map((e) => e.id));
    for (const r of records) {
      const e = kb.entry(r.id);
      expect(r.text).toBe(e.text);
      expect(r.url).toBe(`${SITE}${urls.entry(e.id)}`);
      expect(r.section).toBe(kb.section(e.section).title);
      expect(r.year).toBe(kb.source(e.source).year);
      expect(r.sourceTitle).toBe(sourceLabel(kb.source(e.source)));
      expect(r.category).toBe(e.category ? kb.category(e.category).title : '');
      expect(r.figures.map((f) => f.value)).toEqual(e.figures.map((f) => f.value));
      expect(r.plans).toEqual(e.plans.map((p) => kb.plan(p).title));
    }
  });

  test('exports plans.json with the entries naming each plan', () => {
    const records = JSON.parse(readBuilt(build.outDir, 'data/plans.json')) as PlanRecord[];
    expect(records).toHaveLength(kb.plans.length);
    for (const r of records) expect(r.entries).toEqual(kb.entriesNamingPlan(r.id).map((e) => e.id));
  });

  test('exports entries.csv with a BOM, a header and one row per entry', () => {
    const csv = readBuilt(build.outDir, 'data/entries.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(ENTRY_FIELDS.map((f) => f.name).join(','));
    expect(lines).toHaveLength(kb.entries.length + 1);
    for (const e of kb.entries) expect(csv).toContain(e.text);
  });

  test('builds a Pagefind index, the search data, and the site’s own search dialog (not Starlight’s, nor its development notice)', () => {
    expect(fs.existsSync(path.join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(html('/')).toMatch(/<kb-site-search[^>]*>\s*<button type="button" data-open-modal/);
    expect(html('/')).toContain('<dialog aria-label="搜索" class="kb-search-dialog');
    expect(html('/')).not.toContain('starlight__search');
    expect(html('/')).not.toContain('搜索仅适用于生产版本');
    const data = JSON.parse(readBuilt(build.outDir, 'search-data.json')) as { synonyms: string[][]; chars: string };
    expect(data.synonyms).toEqual(kb.thesaurus.map((g) => g.words));
    for (const ch of kb.entries[0]!.text.replace(/[^\u4e00-\u9fff]/g, '')) expect(data.chars).toContain(ch);
    const entry = JSON.parse(readBuilt(build.outDir, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const zh = Object.entries(entry.languages).find(([lang]) => lang.startsWith('zh'));
    expect(zh?.[1].page_count).toBeGreaterThanOrEqual(kb.entries.length + kb.plans.length);
  });

  test('gives the facet index, read from Pagefind’s own files, every page’s filter values as its fragment has them', async () => {
    const dir = bundleDir();
    const metaHash = metaHashOf();
    const metaFile = `pagefind.${metaHash}.pf_meta`;
    // The facet index reads the compact form (compact-meta.ts), which is Pagefind's metadata byte for byte once expanded.
    const full = await readIndex(metaFile);
    const compactBytes = await readIndex(compactMetaFile(metaFile));
    expect(Buffer.from(expandMeta(compactBytes)).equals(Buffer.from(full))).toBe(true);
    const meta = compactIndexMeta(compactBytes);
    const fullMeta = decodeMeta(full);
    const ids = Array.from({ length: meta.pages.count }, (_, p) => meta.pages.idOf(p));
    expect({ pages: ids, filterChunks: meta.filterChunks }).toEqual(fullMeta);
    const chunks = await Promise.all([...meta.filterChunks.values()].map(async (hash) => decodeFilterChunk(await readIndex(`filter/${hash}.pf_filter`))));
    const index = buildFacetIndex(meta.pages, chunks);
    // The build's shorter page ids (compact-page-ids.mjs): each page's number under the metadata's hash, where its fragment is.
    expect(ids).toEqual(ids.map((_, p) => `${metaHash}/${p.toString(36)}`));
    expect(ids.map((id) => meta.pages.numberOf(id))).toEqual(ids.map((_, p) => p));
    expect(fs.readdirSync(path.join(dir, 'fragment'))).toEqual([metaHash]);
    expect(ids.length).toBe(fs.readdirSync(path.join(dir, 'fragment', metaHash)).length);
    const fragmentFilters: Record<string, string[]>[] = [];
    for (const [p, hash] of ids.entries()) {
      const fragment = JSON.parse(new TextDecoder().decode(await readIndex(`fragment/${hash}.pf_fragment`))) as { url: string; filters: Record<string, string[]> };
      fragmentFilters.push(fragment.filters);
      const theirs = Object.entries(fragment.filters).map(([key, values]) => [key, [...values].sort()] as const);
      const ours = [...index.facets].map(([key, f]) => {
        const { start, ids: valueIds } = facetTable(f, ids.length);
        return [key, [...valueIds.subarray(start[p], start[p + 1])].map((id) => f.values[id]!).sort()] as const;
      });
      expect(Object.fromEntries(ours.filter(([, v]) => v.length)), fragment.url).toEqual(Object.fromEntries(theirs));
      expect(countFacets(index, [{ id: hash, score: 1, data: async () => fragment as never }])).toEqual(
        Object.fromEntries(ours.map(([key, values]) => [key, Object.fromEntries(index.facets.get(key)!.values.map((v) => [v, values.includes(v) ? 1 : 0]))])),
      );
    }
    // Browsing without words lists, in index order, the pages whose fragments have a chosen value of each facet.
    const has = (p: number, key: string, values: string[]) => values.some((v) => fragmentFilters[p]![key]?.includes(v));
    for (const [key, facet] of index.facets) {
      const [first, second] = facet.values;
      for (const chosen of [[first!], [first!, second ?? first!]]) {
        expect(browsePages(index, { [key]: chosen }).map((r) => r.id), `${key}: ${chosen.join('、')}`).toEqual(ids.filter((_, p) => has(p, key, chosen)));
      }
    }
    const [a, b] = [...index.facets.keys()];
    const both = { [a!]: [index.facets.get(a!)!.values[0]!], [b!]: [index.facets.get(b!)!.values[0]!] };
    expect(browsePages(index, both).map((r) => r.id)).toEqual(ids.filter((_, p) => Object.entries(both).every(([key, values]) => has(p, key, values))));
  });

  test('numbers the search index’s pages in the site’s reading order: the entries report by report, as the open data lists them, then the other pages by address', async () => {
    const meta = decodeMeta(await readIndex(`pagefind.${metaHashOf()}.pf_meta`));
    const paths = await Promise.all(meta.pages.map(async (id) => (JSON.parse(new TextDecoder().decode(await readIndex(`fragment/${id}.pf_fragment`))) as { url: string }).url));
    const entries = (JSON.parse(readBuilt(build.outDir, 'data/entries.json')) as EntryRecord[]).map((e) => new URL(e.url).pathname);
    expect(entries).toEqual(kb.entries.map((e) => urls.entry(e.id)));
    expect(paths.slice(0, entries.length)).toEqual(entries);
    const others = paths.slice(entries.length);
    expect(others).toEqual([...others].sort());
    expect(others.length).toBeGreaterThan(0);
  });

  test('indexes with Pagefind reading only <main> exactly what it indexes reading whole pages', async () => {
    const whole = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-whole-pages-'));
    try {
      await indexSite(build.outDir, { log: () => {}, outputPath: whole, rankOf: siteRanks(build.outDir), compact: true });
      const files = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
      const ours = path.join(build.outDir, 'pagefind');
      expect(files(ours)).toEqual(files(whole));
      for (const f of files(whole)) expect(fs.readFileSync(path.join(ours, f)).equals(fs.readFileSync(path.join(whole, f))), f).toBe(true);
    } finally {
      fs.rmSync(whole, { recursive: true, force: true });
    }
  });

  test('has a Pagefind worker that reads the compact metadata, minified, and still turns a query into its search term as pagefind-term.ts follows it', async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-plain-bundle-'));
    try {
      await indexSite(build.outDir, { log: () => {}, outputPath: plain });
      const pagefinds = fs.readFileSync(path.join(plain, 'pagefind-worker.js'), 'utf8');
      for (const line of PAGEFIND_LINES) expect(pagefinds, line).toContain(line);
      const worker = readBuilt(build.outDir, 'pagefind/pagefind-worker.js');
      expect(worker).toBe(`${START}${await shimScript()}${END}${await minifiedWorker(pagefinds)}`);
      expect(worker).toMatch(/\*\/\nconst pagefind_version="[^"]+";let wasm_bindgen=/);
      expect(worker.length).toBeLessThan(pagefinds.length);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  test('loads nothing from another host (offline gate)', () => {
    const report = checkOffline(build.outDir);
    expect(report.files).toBeGreaterThan(100);
    expect(report.loads).toEqual([]);
  });

  test('has no broken internal link or anchor (link gate)', () => {
    const report = checkLinks(build.outDir);
    expect(report.pages).toBeGreaterThan(kb.entries.length);
    expect(report.links).toBeGreaterThan(1000);
    expect(report.broken).toEqual([]);
  });

  test('the CSP step’s light scan reads every page’s inline code and <meta charset> as the full parser does', () => {
    const files = htmlFiles(build.outDir);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const html = readBuilt(build.outDir, file);
      const [light, full] = [scanPage(html), parsePage(html)];
      expect(inlineCode(light), file).toEqual(inlineCode(full));
      const charsetEnd = (p: typeof light) => p.elements.find((el) => el.tagName === 'meta' && attr(el, 'charset'))?.sourceCodeLocation?.endOffset;
      expect(charsetEnd(light), file).toBe(charsetEnd(full));
    }
  });

  test('preloads on every page each module its scripts import before they run, and none they import on demand', () => {
    // read here with a plain pattern over the built scripts, apart from the build step's lexer
    const imports = (file: string, pattern: RegExp) =>
      [...readBuilt(build.outDir, file).matchAll(pattern)].map((m) => new URL(m[1]!, `http://site${file}`).pathname);
    const needs = (scripts: string[]) => {
      const found = new Set<string>();
      const visit = (s: string) => imports(s, /(?:^|;)import(?:\{[^}]*\}from|\s*\*\s*as\s*\w+\s*from|)\s*"([^"]+)"/g).forEach((m) => !found.has(m) && (found.add(m), visit(m)));
      scripts.forEach(visit);
      return [...found].filter((m) => !scripts.includes(m)).sort();
    };
    let preloaded = 0;
    const onDemand = new Set<string>();
    for (const file of htmlFiles(build.outDir)) {
      const page = parsePage(readBuilt(build.outDir, file));
      const scripts = page.elements.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'module' && attr(el, 'src')).map((el) => attr(el, 'src')!);
      const links = page.elements.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'modulepreload').map((el) => attr(el, 'href')!);
      expect(links.sort(), file).toEqual(needs(scripts));
      preloaded += links.length;
      for (const s of [...scripts, ...links]) imports(s, /import\(["'`](\.[^"'`$]+)["'`]\)/g).forEach((m) => onDemand.add(m));
    }
    expect(preloaded).toBeGreaterThan(100);
    expect(onDemand.size).toBeGreaterThan(0);
    for (const file of htmlFiles(build.outDir)) for (const m of onDemand) expect(readBuilt(build.outDir, file), file).not.toContain(`href="${m}"`);
  });

  test('gives every page a Content-Security-Policy that lists its inline code, with no inline handler (security gate)', () => {
    const report = checkSecurity(build.outDir);
    expect(report.pages).toBeGreaterThan(kb.entries.length);
    expect(report.inline).toBeGreaterThan(report.pages);
    expect(report.problems).toEqual([]);
  });

  test('makes exactly the pages the links validator is told about (src/config/site-pages.ts)', () => {
    const built = htmlFiles(build.outDir).map(pagePath).filter((p) => p !== '/404');
    const pages = sitePages();
    expect([...pages.keys()].sort()).toEqual(built.sort());
    for (const file of pages.values()) expect(fs.existsSync(file), file).toBe(true);
    expect(['/about/#x', '/plans?x=1', '#x', '?q=1', 'https://gov.cn/', '//cdn.example/', 'a/b/'].map(linkedPage)).toEqual([
      '/about/',
      '/plans/',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('is valid HTML for html-validate: standard rules with no exception, recommended rules with a listed few on Starlight markup', () => {
    const standard = checkHtmlValidate(build.outDir, STANDARD, []);
    expect(standard.pages).toBeGreaterThan(kb.entries.length);
    expect(standard.errors).toEqual([]);
    expect(checkHtmlValidate(build.outDir).errors).toEqual([]);
  });
});
