/**
 * The knowledge base read straight from disk (Node only), for what runs outside Astro:
 * `npm run new`, the dev error page, the benchmark, the tests. It parses frontmatter
 * with the parser Astro's MDX integration uses, and validates with the same schemas and
 * rules as the build (src/kb/rules), so it reports the same messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { COLLECTION_NAMES, REGISTRY, type CollectionName, type Corpus, type DataOf, type Doc } from '../kb/registry';
import { checkContent, ContentErrors, sourceTextFile, validateDoc, type ContentError } from '../kb/rules';
import { mdxFilesUnder } from './mdx-files';

/** The files of a collection under `root`: path relative to the root, and id (the file name). */
export function collectionFiles(name: CollectionName, root = process.cwd()): { id: string; file: string }[] {
  return mdxFilesUnder(root, REGISTRY[name].dir)
    .filter((file) => !path.posix.basename(file).startsWith('_'))
    .sort()
    .map((file) => ({ id: path.posix.basename(file, '.mdx'), file }));
}

/** Splits an MDX file into its frontmatter (parsed YAML) and its body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  return { frontmatter, body: content };
}

/** Parses and validates one file's text; either its document or its errors. */
export function parseDoc<N extends CollectionName>(name: N, file: string, source: string): { doc?: Doc<DataOf<N>>; errors: ContentError[] } {
  let parts: { frontmatter: unknown; body: string };
  try {
    parts = splitFrontmatter(source);
  } catch (error) {
    return { errors: [{ file, message: `frontmatter 不是合法的 YAML：${(error as Error).message}` }] };
  }
  return validateDoc(name, file, parts.frontmatter, parts.body);
}

/** The extracted text of each source report that has one (content/sources/<id>.txt). */
export function readSourceTexts(corpus: Pick<Corpus, 'sources'>, root = process.cwd()): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of corpus.sources) {
    const file = path.join(root, sourceTextFile(s.data.id));
    if (fs.existsSync(file)) texts.set(s.data.id, fs.readFileSync(file, 'utf8'));
  }
  return texts;
}

export type Parsed = ReturnType<typeof parseDoc>;

/** Every collection's files under `root` (paths relative to the root). */
export type Listing = [CollectionName, string[]][];
export const listContent = (root: string): Listing => COLLECTION_NAMES.map((name) => [name, collectionFiles(name, root).map(({ file }) => file)]);

/** Reads a file of a collection from disk. */
export const readDoc = (root: string) => (name: CollectionName, file: string) => parseDoc(name, file, fs.readFileSync(path.join(root, file), 'utf8'));

/**
 * Every listed file: the ones that pass their schema, and the schema errors of the others.
 * `read` gives a file's result (the dev watcher keeps those of files that have not changed).
 */
export function readCorpus(listing: Listing, read: (name: CollectionName, file: string) => Parsed): { corpus: Corpus; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const corpus = Object.fromEntries(
    listing.map(([name, files]) => [
      name,
      files.flatMap((file) => {
        const parsed = read(name, file);
        errors.push(...parsed.errors);
        return parsed.doc ? [parsed.doc] : [];
      }),
    ]),
  ) as Corpus;
  return { corpus, errors };
}

/** A corpus read under `root` with its source texts, and the errors of every content rule when its files all passed their schema. */
export function withRules(root: string, { corpus, errors }: { corpus: Corpus; errors: ContentError[] }): LoadedContent {
  const sourceTexts = readSourceTexts(corpus, root);
  // Rules on a corpus with files left out would report references to those files as missing.
  if (errors.length === 0) errors.push(...checkContent(corpus, sourceTexts));
  return { corpus, sourceTexts, errors };
}

export interface LoadedContent {
  /** The files that passed their schema. */
  corpus: Corpus;
  sourceTexts: Map<string, string>;
  /** Schema errors; when there are none, the errors of every content rule. */
  errors: ContentError[];
}

/** Reads and checks every collection under `root`, as the build does. */
export function loadContent(root = process.cwd()): LoadedContent {
  return withRules(root, readCorpus(listContent(root), readDoc(root)));
}

/** The corpus under `root`; throws on any schema error (rule errors are left to `checkContent`). */
export function loadCorpus(root = process.cwd()): Corpus {
  const { corpus, errors } = readCorpus(listContent(root), readDoc(root));
  if (errors.length) throw new ContentErrors(errors);
  return corpus;
}
