/**
 * Reads the content collections straight from disk, validated by the same schemas
 * as the Astro build. For tests, scripts and the sidebar, which run outside Astro.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { entrySchema } from '../kb/schemas/entry';
import { planSchema } from '../kb/schemas/plan';
import { termSchema } from '../kb/schemas/term';
import { categorySchema, passageSchema, sectionSchema, sourceSchema } from '../kb/schemas/taxonomy';
import { COLLECTION_DIRS, type Corpus, type Doc } from '../kb/registry';

export const SCHEMAS = {
  sources: sourceSchema,
  sections: sectionSchema,
  categories: categorySchema,
  entries: entrySchema,
  passages: passageSchema,
  plans: planSchema,
  terms: termSchema,
} as const;

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  return { frontmatter: parseYaml(match[1]!) ?? {}, body: match[2]! };
}

/** A schema failure, formatted like the build's: file, field, bad value, what is allowed. */
export class FrontmatterError extends Error {}

function listMdx(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !path.basename(f).startsWith('_'))
    .sort();
}

/** Validates one file's frontmatter against a schema; throws a FrontmatterError naming file and fields. */
export function parseDoc<S extends z.ZodType>(schema: S, file: string, source: string): Doc<z.infer<S>> {
  const { frontmatter, body } = splitFrontmatter(source);
  const result = schema.safeParse(frontmatter);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const field = issue.path.join('.') || '（整个 frontmatter）';
      return `  - 字段 ${field}：${issue.message}`;
    });
    throw new FrontmatterError(`${file} 的 frontmatter 有误：\n${lines.join('\n')}`);
  }
  return { file, data: result.data, body };
}

/** Loads one collection under `root` (the repository root by default). */
export function loadCollection<K extends keyof Corpus>(name: K, root = process.cwd()): Corpus[K] {
  const dir = COLLECTION_DIRS[name];
  return listMdx(path.join(root, dir)).map((rel) => {
    const file = path.posix.join(dir, rel.split(path.sep).join('/'));
    return parseDoc(SCHEMAS[name], file, fs.readFileSync(path.join(root, file), 'utf8'));
  }) as Corpus[K];
}

/**
 * A collection's files and their ids, without reading them: ids equal file names (the
 * integrity check enforces it). For config code that must not fail on a bad frontmatter
 * before the content layer can report it in its own words.
 */
export function collectionFiles(name: keyof Corpus, root = process.cwd()): { id: string; file: string }[] {
  const dir = COLLECTION_DIRS[name];
  return listMdx(path.join(root, dir)).map((rel) => ({
    id: path.basename(rel, '.mdx'),
    file: path.posix.join(dir, rel.split(path.sep).join('/')),
  }));
}

/** Loads every collection under `root` (the repository root by default). */
export function loadCorpus(root = process.cwd()): Corpus {
  const load = <K extends keyof Corpus>(name: K): Corpus[K] => loadCollection(name, root);
  return {
    sources: load('sources'),
    sections: load('sections'),
    categories: load('categories'),
    entries: load('entries'),
    passages: load('passages'),
    plans: load('plans'),
    terms: load('terms'),
  };
}
