/**
 * One import, without touching the disk: the request checked and completed, the report
 * drafted, every drafted file validated by the schemas and content rules as the build
 * would, and a summary of what would be written and what the editor has to review.
 */
import { COLLECTION_NAMES, REGISTRY, type Corpus } from '../../../src/kb/registry';
import { checkContent, formatError, type ContentError } from '../../../src/kb/rules';
import { parseDoc } from '../../../src/load/fs';
import { draftReport, render, type DraftedReport, type ReportMeta } from './draft-report';
import type { Example } from './category';

export class ImportError extends Error {}

export interface ImportRequest {
  source?: string;
  title?: string;
  year?: string;
  prefix?: string;
  publisher?: string;
  city?: string;
  documentKind: string;
  publishedIn?: string;
  url?: string;
}

export interface ImportResult {
  drafted: DraftedReport;
  /** Files to write, relative to the root: the text and every draft. */
  writes: { file: string; content: string }[];
  /** Mistakes the drafts still have (the build reports them too). */
  errors: ContentError[];
  summary: string;
}

/** The metadata of the report, from the request and an earlier report of the same city. */
function metaOf(corpus: Corpus, r: ImportRequest): ReportMeta {
  const missing = (['source', 'title', 'year'] as const).filter((k) => !r[k]);
  if (missing.length) throw new ImportError(`缺少 ${missing.map((k) => `--${k}`).join('、')}`);
  const id = r.source!;
  const year = Number(r.year);
  if (!Number.isInteger(year)) throw new ImportError(`--year 须是年份，如 2024（收到 ${r.year}）`);
  const taken = corpus.sources.find((s) => s.data.id === id);
  if (taken) throw new ImportError(`来源报告 ${id} 已存在（${taken.file}）；请换一个 --source`);
  const stemOf = (s: string) => s.replace(/-?\d{4}$/, '');
  const sibling = corpus.sources.find((s) => stemOf(s.data.id) === stemOf(id));
  const prefix = r.prefix ?? (sibling ? `${stemOf(sibling.data.idPrefix)}${year}` : undefined);
  const publisher = r.publisher ?? sibling?.data.publisher;
  const city = r.city ?? sibling?.data.city;
  const lacking = [!prefix && '--prefix（条目编号前缀，如 cs2024）', !publisher && '--publisher（发布机构）', !city && '--city（城市）'].filter(Boolean);
  if (lacking.length) throw new ImportError(`本站没有同一城市的早先报告可供参照，请给出 ${lacking.join('、')}`);
  const clash = corpus.sources.find((s) => s.data.idPrefix === prefix);
  if (clash) throw new ImportError(`条目编号前缀 ${prefix} 已被 ${clash.file} 使用；请用 --prefix 另给一个`);
  return { id, title: r.title!, year, idPrefix: prefix!, publisher: publisher!, city: city!, documentKind: r.documentKind, publishedIn: r.publishedIn, url: r.url };
}

/** Entries already on the site under a category, to suggest the categories of the new report's items. */
export function examplesOf(corpus: Corpus): Example[] {
  const heading = new Map(corpus.categories.map((c) => [c.data.id, c.data.title]));
  return corpus.entries.flatMap((e) => (e.data.category && !e.data.draft ? [{ id: e.data.id, text: e.body, heading: heading.get(e.data.category)! }] : []));
}

/** The drafts checked as the build checks them: each against its schema, then every rule with the drafts in place. */
export function checkDrafts(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, drafted: DraftedReport, sourceId: string): ContentError[] {
  const grown = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [...corpus[n]]])) as Corpus;
  const errors: ContentError[] = [];
  for (const d of drafted.files) {
    const { doc, errors: schemaErrors } = parseDoc(d.collection, d.file, render(d));
    errors.push(...schemaErrors);
    if (doc) (grown[d.collection] as unknown[]).push(doc);
  }
  if (errors.length) throw new ImportError(`导入的内容不符合模式，未写入任何文件：\n${errors.map(formatError).join('\n')}`);
  const files = new Set(drafted.files.map((d) => d.file));
  const texts = new Map(sourceTexts).set(sourceId, drafted.text.content);
  return checkContent(grown, texts).filter((e) => files.has(e.file) || e.file === drafted.text.file);
}

export function importReport(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>, raw: string, request: ImportRequest): ImportResult {
  const meta = metaOf(corpus, request);
  const examples = examplesOf(corpus);
  let drafted: DraftedReport;
  try {
    drafted = draftReport(raw, corpus, meta, () => examples);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  const errors = checkDrafts(corpus, sourceTexts, drafted, meta.id);
  const writes = [drafted.text, ...drafted.files.map((d) => ({ file: d.file, content: render(d) }))];
  const count = (name: string) => drafted.files.filter((d) => d.collection === name).length;
  const guessed = drafted.files.reduce((n, d) => n + d.guesses.length, 0);
  const summary = [
    `已导入 ${meta.id}（${meta.title}），写入 ${writes.length} 个文件：`,
    `  原文 ${drafted.text.file}`,
    ...COLLECTION_NAMES.filter((n) => count(n)).map((n) => `  ${REGISTRY[n].label} ${count(n)} 份：${REGISTRY[n].dir}/`),
    `全部是草稿（draft: true），共有 ${guessed} 处推测写在各文件开头的注释中；草稿照常校验，但不上线。`,
    errors.length ? `草稿中还有 ${errors.length} 处须改正（构建会报告同样的错误）：\n${errors.map(formatError).join('\n')}` : '草稿通过了全部内容规则。',
    `审阅：逐个核对推测，删去 draft: true 和注释；来源报告 ${drafted.files[0]!.file} 最后发布（见 CONTRIBUTING.md“新增一份报告”）。`,
  ].join('\n');
  return { drafted, writes, errors, summary };
}
