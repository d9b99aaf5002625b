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
      /** Stores one file as data; unchanged files (same digest) are left as they are. */
      const sync = (rel: string) => {
        const text = fs.readFileSync(path.join(base, rel), 'utf8');
        const id = idOf(rel);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const file = path.posix.join(dir, rel);
        let parsed: { frontmatter: Record<string, unknown>; content: string };
        try {
          parsed = parseFrontmatter(text, { frontmatter: 'remove' });
        } catch (error) {
          throw new Error(`${file}：frontmatter 不是合法的 YAML：${(error as Error).message}`);
        }
        store.set({ id, data: parsed.frontmatter, body: parsed.content, filePath: file, digest });
      };
      const files = fs.existsSync(base) ? fs.readdirSync(base, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).filter(isItem) : [];
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const rel of files) sync(rel);
      if (!watcher) return;
      watcher.add(base);
      const onChange = (abs: string) => {
        const rel = relOf(abs);
        if (!isItem(rel)) return;
        try {
          sync(rel);
          logger.info(`已重新读取 ${path.posix.join(dir, rel)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (abs) => {
        const rel = relOf(abs);
        if (isItem(rel)) store.delete(idOf(rel));
      });
    },
  };
}
