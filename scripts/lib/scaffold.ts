/**
 * What `npm run new` writes: a new entry, plan or glossary term with valid frontmatter,
 * the next free id, and an entry's order found in its source's text, checked by the
 * schemas and every content rule (src/kb/rules) before anything is written.
 */
import { stringify } from 'yaml';
import { REGISTRY, type CollectionName, type Corpus } from '../../src/kb/registry';
import { checkContent, formatError, sourceTextFile } from '../../src/kb/rules';
import { statedFigures } from '../../src/kb/text/figures';
import { parseReport, wordingOf } from '../../src/kb/text/report';
import { plansNamed } from '../../src/kb/text/titles';
import { urls } from '../../src/kb/urls';
import { entryIdStem } from '../../src/kb/ids';
import { parseDoc } from '../../src/load/fs';

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
  /** What each figure of the text counts, by its words (160个 → 分解任务). */
  figureCounts?: Record<string, string>;
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

/** A report typed by hand: its record (a draft until its entries are in) and its text. */
export interface NewSource {
  type: 'source';
  id: string;
  title: string;
  publisher: string;
  city: string;
  year: number;
  idPrefix: string;
  documentKind: string;
  /** The report's extracted text, verbatim (may be added later). */
  text: string;
}

export type NewThing = NewEntry | NewPlan | NewTerm | NewSource;

export interface Scaffold {
  /** Path relative to the repository root. */
  file: string;
  content: string;
  /** Another file written with it (a report's text beside its record). */
  companion?: { file: string; content: string };
  /** The page's path on the site. */
  url: string;
}

function mdx(data: object, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/** The id prefix its source declares (xt2023); an unknown source is reported by the reference rule. */
function entryPrefix(corpus: Corpus, source: string): string {
  return corpus.sources.find((s) => s.data.id === source)?.data.idPrefix ?? source.replace(/[^a-z0-9]/g, '');
}

/** A field only when its list is not empty, as editors write frontmatter. */
const listed = <T>(name: string, values: T[]) => (values.length ? { [name]: values } : {});

/** The figures the text states, each with what it counts as the editor says. */
function figuresOf(n: NewEntry) {
  return statedFigures(n.text).map((f) => {
    const counts = n.figureCounts?.[f.text];
    if (!counts) throw new ScaffoldError(`正文中的“${f.text}”是一项数据：请说明它统计的是什么，例如 --figure "${f.text}=统计对象"`);
    return { value: f.value, unit: f.unit, counts, text: f.text };
  });
}

/** The entry's place in its source: the order of the source's statement that is its text, else the next free one. */
function orderOf(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, n: NewEntry): number {
  const raw = sourceTexts.get(n.source);
  if (raw !== undefined) {
    // matched on wording: the editor may have mended the extraction (the fidelity rule then asks for the repairs)
    const item = parseReport(raw).items.find((i) => wordingOf(i.text) === wordingOf(n.text));
    if (!item) throw new ScaffoldError(`原文不是来源报告 ${n.source} 中的任何一条（${sourceTextFile(n.source)}）；条目正文须照录报告的一条，修复抽取问题后再记入 repairs`);
    return item.order;
  }
  const inSource = corpus.entries.filter((e) => e.data.source === n.source);
  return Math.max(0, ...inSource.map((e) => e.data.order)) + 1;
}

function nextEntry(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, n: NewEntry): { id: string; order: number } {
  const order = orderOf(corpus, sourceTexts, n);
  if (n.id) return { id: n.id, order };
  const stem = entryIdStem(entryPrefix(corpus, n.source), n.category ?? n.section);
  const taken = corpus.entries.map((e) => e.data.id).filter((id) => id.startsWith(stem));
  const next = Math.max(0, ...taken.map((id) => Number(id.slice(stem.length)) || 0)) + 1;
  return { id: `${stem}${String(next).padStart(2, '0')}`, order };
}

type Built = { collection: CollectionName; file: string; content: string; url: string; companion?: { file: string; content: string } };

function build(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, n: NewThing): Built {
  if (n.type === 'source') {
    const { type: _type, text, ...fields } = n;
    const data = { draft: true, ...fields, titleProvenance: 'editorial' };
    const body = `${n.publisher}${n.year}年的${n.documentKind}。本站所录文字取自其文本（${sourceTextFile(n.id)}）。`;
    return { collection: 'sources', file: `${REGISTRY.sources.dir}/${n.id}.mdx`, content: mdx(data, body), url: urls.source(n.id), companion: { file: sourceTextFile(n.id), content: text } };
  }
  if (n.type === 'entry') {
    const { id, order } = nextEntry(corpus, sourceTexts, n);
    // an entry of a report still in draft is a draft too
    const draft = corpus.sources.find((s) => s.data.id === n.source)?.data.draft ? { draft: true } : {};
    const data = {
      ...draft,
      id,
      title: n.title,
      source: n.source,
      section: n.section,
      ...(n.category ? { category: n.category } : {}),
      kind: n.kind,
      status: n.status,
      statusWords: n.statusWords,
      cities: n.cities,
      ...listed('plans', plansNamed(corpus.plans.map((p) => p.data), n.text)),
      ...listed('figures', figuresOf(n)),
      order,
    };
    return { collection: 'entries', file: `${REGISTRY.entries.dir}/${n.source}/${id}.mdx`, content: mdx(data, n.text), url: urls.entry(id) };
  }
  if (n.type === 'plan') {
    const data = { id: n.id, title: n.title, level: n.level, levelProvenance: 'editorial', roles: n.roles };
    return { collection: 'plans', file: `${REGISTRY.plans.dir}/${n.id}.mdx`, content: mdx(data, ''), url: urls.plan(n.id) };
  }
  const data = { id: n.id, term: n.term, definition: n.definition, definitionProvenance: 'editorial' };
  return { collection: 'terms', file: `${REGISTRY.terms.dir}/${n.id}.mdx`, content: mdx(data, ''), url: urls.term(n.id) };
}

/** Builds the new file and checks it as the build would; throws a ScaffoldError saying what to fix. */
export function scaffold(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, n: NewThing): Scaffold {
  const { collection, file, content, url, companion } = build(corpus, sourceTexts, n);
  const clash = (corpus[collection] as { file: string; data: { id: string } }[]).find(
    (d) => d.file === file || d.data.id === file.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  );
  if (clash) throw new ScaffoldError(`id 已被 ${clash.file} 使用，请换一个 id`);
  const { doc, errors } = parseDoc(collection, file, content);
  if (!doc) throw new ScaffoldError(errors.map(formatError).join('\n'));
  const texts = companion && n.type === 'source' ? new Map(sourceTexts).set(n.id, companion.content) : sourceTexts;
  const ruleErrors = checkContent({ ...corpus, [collection]: [...corpus[collection], doc] }, texts).filter((e) => e.file === file || e.file === companion?.file);
  if (ruleErrors.length) throw new ScaffoldError(ruleErrors.map(formatError).join('\n'));
  return { file, content, url, ...(companion ? { companion } : {}) };
}
