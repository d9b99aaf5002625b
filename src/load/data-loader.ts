/**
 * A content loader for collections whose MDX bodies are never rendered as MDX (entries,
 * terms, synonym groups): it stores each file's frontmatter and body as data, so that
 * Astro compiles no MDX module for them. An entry's body is plain text (the plain-body
 * rule) that its page renders from the knowledge base. At 10,000 entries the compile of
 * 10,000 MDX modules was most of the build (BENCHMARKS.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** Files of a collection: MDX files under its folder, those starting with _ left out. */
const isItem = (rel: string) => rel.endsWith('.mdx') && !path.posix.basename(rel).startsWith('_') && !rel.startsWith('../');

export function dataLoader(dir: string): Loader {
  return {
    name: 'kb-data-loader',
    async load({ store, generateDigest, watcher, logger, config }) {
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
      const sync = (rel: string) => {
        const text = fs.readFileSync(path.join(base, rel), 'utf8');
        const id = idOf(rel);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const parsed = parse(rel, text);
        store.set({ id, data: parsed.frontmatter, body: parsed.content, filePath: path.posix.join(dir, rel), digest });
      };
      const files = fs.existsSync(base) ? fs.readdirSync(base, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).filter(isItem) : [];
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const rel of files) sync(rel);
      if (!watcher) return;
      // In astro dev the pages read these collections from the files themselves
      // (src/load/dev.ts). A save that leaves a file published or a draft as it was needs
      // no new store entry: storing it makes Astro write its whole store and load it again
      // into the pages (~1 s at 10,000 entries, before the page could answer). The browser
      // is told to reload by src/load/dev-reload.ts. A file added, removed or turned
      // into a draft or back is stored, so that Astro's list of pages follows.
      const isDraft = (data: unknown) => (data as { draft?: unknown } | undefined)?.draft === true;
      const changed = (rel: string) => {
        const stored = store.get(idOf(rel));
        if (!stored) return sync(rel);
        const text = fs.readFileSync(path.join(base, rel), 'utf8');
        if (isDraft(parse(rel, text).frontmatter) !== isDraft(stored.data)) sync(rel);
      };
      watcher.add(base);
      const on = (handle: (rel: string) => void) => (abs: string) => {
        const rel = relOf(abs);
        if (!isItem(rel)) return;
        try {
          handle(rel);
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
