/**
 * The content loader of every knowledge-base collection: it stores each file's frontmatter
 * and body as data, so that Astro compiles no MDX module for them. An entry's body is plain
 * text (the plain-body rule) that its page renders from the knowledge base; at 10,000
 * entries the compile of 10,000 MDX modules was most of the build (BENCHMARKS.md). The
 * bodies of reports, sections, categories, passages and plans (editorial introductions,
 * verbatim passages) are rendered here as Markdown, with the site's Markdown processor, and
 * shown by Astro's render(): at 100 reports the compile and bundling of their 1,200 MDX
 * modules took 7 s of a 10,000-entry build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** Files of a collection: MDX files under its folder, those starting with _ left out. */
const isItem = (rel: string) => rel.endsWith('.mdx') && !path.posix.basename(rel).startsWith('_') && !rel.startsWith('../');

export interface DataLoaderOptions {
  /** Render each body as Markdown into the store, for Astro's render(). */
  markdown?: boolean;
}

export function dataLoader(dir: string, { markdown = false }: DataLoaderOptions = {}): Loader {
  return {
    name: 'kb-data-loader',
    async load({ store, generateDigest, watcher, logger, config, renderMarkdown }) {
      const root = fileURLToPath(config.root);
      const base = path.join(root, dir);
      const relOf = (abs: string) => path.relative(base, abs).split(path.sep).join('/');
      const idOf = (rel: string) => path.posix.basename(rel, '.mdx');
      const parse = (rel: string, text: string) => {
        try {
          return parseFrontmatter(text, { frontmatter: 'remove' });
        } catch (error) {
          throw new Error(`${path.posix.join(dir, rel)}：frontmatter 不是合法的 YAML：${(error as Error).message}`);
        }
      };
      /** Stores one file as data; unchanged files (same digest) are left as they are. */
      const sync = async (rel: string) => {
        const text = fs.readFileSync(path.join(base, rel), 'utf8');
        const id = idOf(rel);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const parsed = parse(rel, text);
        const filePath = path.posix.join(dir, rel);
        const rendered = markdown ? await renderMarkdown(parsed.content, { fileURL: new URL(filePath, config.root) }) : undefined;
        store.set({ id, data: parsed.frontmatter, body: parsed.content, filePath, digest, ...(rendered ? { rendered } : {}) });
      };
      const files = fs.existsSync(base) ? fs.readdirSync(base, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).filter(isItem) : [];
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const rel of files) await sync(rel);
      if (!watcher) return;
      // In astro dev the pages read these collections from the files themselves
      // (src/load/dev.ts), all but the rendered bodies. A save of a file whose body is not
      // rendered, that leaves it published or a draft as it was, needs no new store entry:
      // storing it makes Astro write its whole store and load it again into the pages
      // (~1 s at 10,000 entries, before the page could answer). The browser is told to
      // reload by src/load/dev-reload.ts. A file added, removed or turned into a draft or
      // back is stored, so that Astro's list of pages follows.
      const isDraft = (data: unknown) => (data as { draft?: unknown } | undefined)?.draft === true;
      const changed = async (rel: string) => {
        const stored = store.get(idOf(rel));
        if (markdown || !stored) return sync(rel);
        const text = fs.readFileSync(path.join(base, rel), 'utf8');
        if (isDraft(parse(rel, text).frontmatter) !== isDraft(stored.data)) await sync(rel);
      };
      watcher.add(base);
      const on = (handle: (rel: string) => Promise<void>) => async (abs: string) => {
        const rel = relOf(abs);
        if (!isItem(rel)) return;
        try {
          await handle(rel);
          logger.info(`已重新读取 ${path.posix.join(dir, rel)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      const onChange = on(changed);
      const onAdd = on(sync);
      watcher.on('change', onChange);
      watcher.on('add', onAdd);
      watcher.on('unlink', (abs) => {
        const rel = relOf(abs);
        if (isItem(rel)) store.delete(idOf(rel));
      });
    },
  };
}
