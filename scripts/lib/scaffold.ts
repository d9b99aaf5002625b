/**
 * What `npm run new` writes: a new entry, plan or glossary term with valid frontmatter,
 * the next free id and order, checked against the schemas and the rest of the corpus
 * before anything is written.
 */
import { stringify } from 'yaml';
import type { Corpus } from '../../src/kb/registry';
import { COLLECTION_DIRS } from '../../src/kb/registry';
import { FrontmatterError, SCHEMAS, parseDoc } from '../../src/load/fs';
import { checkIntegrity, formatError } from '../../src/kb/rules/index';
import { urls } from '../../src/kb/urls';

export class ScaffoldError extends Error {}

export interface NewEntry {
  type: 'entry';
  source: string;
  section: string;
  category?: string;
  title: string;
  kind: string;
  status: string;
  statusWords: string;
  cities: string[];
  /** The source statement, verbatim. */
  text: string;
  id?: string;
}

export interface NewPlan {
  type: 'plan';
  title: string;
  level: string;
  roles: string[];
  id: string;
}

export interface NewTerm {
  type: 'term';
  term: string;
  definition: string;
  id: string;
}

export type NewThing = NewEntry | NewPlan | NewTerm;

export interface Scaffold {
  /** Path relative to the repository root. */
  file: string;
  content: string;
  /** The page's path on the site. */
  url: string;
}

function mdx(data: object, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/** The id prefix of a source's entries (xt2023 for xiangtan-2023), from its existing entries. */
function entryPrefix(corpus: Corpus, source: string): string {
  const existing = corpus.entries.find((e) => e.data.source === source);
  return existing ? existing.data.id.split('-')[0]! : source.replace(/[^a-z0-9]/g, '');
}

function nextEntry(corpus: Corpus, n: NewEntry): { id: string; order: number } {
  const inSource = corpus.entries.filter((e) => e.data.source === n.source);
  const order = Math.max(0, ...inSource.map((e) => e.data.order)) + 1;
  if (n.id) return { id: n.id, order };
  const stem = `${entryPrefix(corpus, n.source)}-${n.category ?? n.section}-`;
  const taken = corpus.entries.map((e) => e.data.id).filter((id) => id.startsWith(stem));
  const next = Math.max(0, ...taken.map((id) => Number(id.slice(stem.length)) || 0)) + 1;
  return { id: `${stem}${String(next).padStart(2, '0')}`, order };
}

function build(corpus: Corpus, n: NewThing): { collection: keyof Corpus; file: string; content: string; url: string } {
  if (n.type === 'entry') {
    const { id, order } = nextEntry(corpus, n);
    const data = {
      id,
      title: n.title,
      source: n.source,
      section: n.section,
      ...(n.category ? { category: n.category } : {}),
      kind: n.kind,
      status: n.status,
      statusWords: n.statusWords,
      cities: n.cities,
      order,
    };
    return { collection: 'entries', file: `${COLLECTION_DIRS.entries}/${n.source}/${id}.mdx`, content: mdx(data, n.text), url: urls.entry(id) };
  }
  if (n.type === 'plan') {
    const data = { id: n.id, title: n.title, level: n.level, levelProvenance: 'editorial', roles: n.roles };
    return { collection: 'plans', file: `${COLLECTION_DIRS.plans}/${n.id}.mdx`, content: mdx(data, ''), url: urls.plan(n.id) };
  }
  const data = { id: n.id, term: n.term, definition: n.definition, definitionProvenance: 'editorial' };
  return { collection: 'terms', file: `${COLLECTION_DIRS.terms}/${n.id}.mdx`, content: mdx(data, ''), url: urls.term(n.id) };
}

/** Builds the new file and checks it as the build would; throws a ScaffoldError saying what to fix. */
export function scaffold(corpus: Corpus, n: NewThing): Scaffold {
  const { collection, file, content, url } = build(corpus, n);
  const clash = (corpus[collection] as { file: string; data: { id: string } }[]).find(
    (d) => d.file === file || d.data.id === file.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  );
  if (clash) throw new ScaffoldError(`id 已被 ${clash.file} 使用，请换一个 id`);
  let doc;
  try {
    doc = parseDoc(SCHEMAS[collection], file, content);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new ScaffoldError(error.message);
    throw error;
  }
  const errors = checkIntegrity({ ...corpus, [collection]: [...corpus[collection], doc] }).filter((e) => e.file === file);
  if (errors.length) throw new ScaffoldError(errors.map(formatError).join('\n'));
  return { file, content, url };
}
