/**
 * Drafts the content of a new report from its extracted text (`npm run import`): the
 * source record beside its verbatim text, its sections (关键词) and categories (★抓
 * headings), its opening and closing passages, an entry per ★/● item with its plans,
 * figures, status, cities, repairs and a suggested category and title, and a plan
 * record for each 《》 title the knowledge base does not have. Every file is a draft
 * (draft: true) whose note says what was guessed.
 */
import { stringify } from 'yaml';
import { REGISTRY, type CollectionName, type Corpus } from '../../../src/kb/registry';
import { namedTitles, planFinder, titleKey } from '../../../src/kb/text/titles';
import { parseReport, type ParsedReport, type ReportItem } from '../../../src/kb/text/report';
import { sourceTextFile } from '../../../src/kb/rules';
import { entryIdStem, withoutIdPrefix } from '../../../src/kb/ids';
import { headingLayout, suggestHeadings, type Example } from './category';
import { guessCities, guessFigures, guessKind, guessRepairs, guessStatus, guessTitle, unclosedTitle } from './guess';
import { draftPlan } from './plans';

export interface ReportMeta {
  id: string;
  title: string;
  year: number;
  idPrefix: string;
  publisher: string;
  city: string;
  documentKind: string;
  publishedIn?: string;
  url?: string;
}

/** One drafted file: its data and body, and what was guessed in it. */
export interface Drafted {
  collection: CollectionName;
  file: string;
  data: Record<string, unknown>;
  body: string;
  guesses: string[];
}

export interface DraftedReport {
  parsed: ParsedReport;
  /** The verbatim text, kept beside the source record. */
  text: { file: string; content: string };
  files: Drafted[];
}

const NOTE_HEAD = '导入草稿：以下各项由 npm run import 推测，请逐项核对；核对后删去 draft: true 和这段注释，即发布。';

/** A drafted file as an editor opens it: the note, then the frontmatter, then the body. */
export function render(d: Drafted): string {
  const note = [NOTE_HEAD, ...d.guesses.map((g) => `- ${g}`)].map((l) => `# ${l}`).join('\n');
  return `---\n${note}\n${stringify(d.data, { lineWidth: 0 }).trimEnd()}\n---\n\n${d.body.trim()}\n`;
}

/** Ids for the new report's sections and categories: the stem of an existing one of the same title, else a numbered one. */
function idsByTitle(titles: string[], existing: { id: string; title: string }[], prefix: string, kind: string): Map<string, string> {
  return new Map(
    titles.map((title, i) => {
      const same = existing.find((e) => e.title === title);
      return [title, `${prefix}-${same ? withoutIdPrefix(same.id) : `${kind}-${i + 1}`}`];
    }),
  );
}

export function draftReport(raw: string, corpus: Corpus, meta: ReportMeta, examples: (item: ReportItem) => Example[]): DraftedReport {
  const parsed = parseReport(raw);
  if (parsed.sections.length === 0) throw new Error('找不到“关键词”：导入器按本站报告的版式切分（关键词栏目、★ 和 ● 条目、★抓 标题）');
  const { id: source, idPrefix: prefix } = meta;
  const files: Drafted[] = [];
  const add = (collection: CollectionName, id: string, data: Record<string, unknown>, body: string, guesses: string[], dir: string = REGISTRY[collection].dir) =>
    files.push({ collection, file: `${dir}/${id}.mdx`, data: { draft: true, ...data }, body, guesses });

  add(
    'sources',
    source,
    { id: source, title: meta.title, publisher: meta.publisher, city: meta.city, year: meta.year, titleProvenance: 'editorial', documentKind: meta.documentKind, idPrefix: prefix, ...(meta.publishedIn ? { publishedIn: meta.publishedIn } : {}), ...(meta.url ? { url: meta.url } : {}) },
    `${meta.publisher}${meta.year}年的${meta.documentKind}。本站所录文字取自其文本抽取稿（${sourceTextFile(source)}），抽取造成的断行、空格和标点错误已修复并逐条记录。`,
    ['titleProvenance：报告标题由导入时的 --title 给出，如为报告原题请改为 text', '正文：来源说明为导入时生成，请补充'],
  );

  const sectionIds = idsByTitle(parsed.sections, corpus.sections.map((s) => s.data), prefix, 'section');
  const sectionOfHeading = new Map<string, string>();
  let section = '';
  for (const b of parsed.blocks) {
    if (b.kind === 'section') section = b.title;
    if (b.kind === 'heading') sectionOfHeading.set(b.title, section);
  }
  parsed.sections.forEach((title, i) => {
    const count = parsed.items.filter((it) => it.section === title).length;
    add('sections', sectionIds.get(title)!, { id: sectionIds.get(title)!, title, source, order: i + 1, summary: `报告“${title}”关键词下的 ${count} 条工作。` }, `本栏收录报告“${title}”关键词下的 ${count} 条工作。`, [
      'summary 与正文：导入时生成，请改写为本栏内容的概述',
    ]);
  });
  const categoryIds = idsByTitle(parsed.headings, corpus.categories.map((c) => c.data), prefix, 'category');
  parsed.headings.forEach((title, i) => {
    const id = categoryIds.get(title)!;
    add('categories', id, { id, title, section: sectionIds.get(sectionOfHeading.get(title)!)!, order: i + 1, summary: `报告“${title}”标题下的工作。` }, `本类收录报告“${title}”标题下的工作。`, [
      'summary 与正文：导入时生成，请改写为本类内容的概述',
    ]);
  });

  const findPlan = planFinder(corpus.plans.map((p) => p.data));
  const drafted = new Map<string, { id: string; title: string }>();
  /** The plans a text names: existing records, else new drafted ones. */
  const plansOf = (text: string, guesses: string[]) =>
    [
      ...new Set(
        namedTitles(text).map((title) => {
          const known = findPlan(title) ?? drafted.get(titleKey(title));
          if (known) return known.id;
          const plan = draftPlan(title, text, `${prefix}-plan-${String(drafted.size + 1).padStart(2, '0')}`);
          drafted.set(titleKey(title), plan.data);
          add('plans', plan.data.id, plan.data, '', plan.guesses);
          guesses.push(`plans：《${title}》不在本站的规划与文件中，已起草 ${REGISTRY.plans.dir}/${plan.data.id}.mdx`);
          return plan.data.id;
        }),
      ),
    ];

  const counters = new Map<string, number>();
  const headingOf = new Map<number, { value: string; why: string }>();
  for (const title of parsed.sections) {
    const inSection = parsed.headings.filter((h) => sectionOfHeading.get(h) === title);
    if (!inSection.length) continue;
    const items = parsed.items.filter((i) => i.section === title);
    for (const [order, guess] of suggestHeadings(items, inSection, headingLayout(parsed.blocks, title, parsed.items), examples)) headingOf.set(order, guess);
  }
  for (const item of parsed.items) {
    const guesses: string[] = [];
    const last = parsed.items.at(-1) === item || parsed.items.find((i) => i.order === item.order + 1)?.section !== item.section;
    const { text, repairs } = guessRepairs(item.text, last);
    for (const r of repairs) guesses.push(`repairs：“${r.before}”改为“${r.after}”（${r.why}）`);
    if (unclosedTitle(text)) guesses.push('正文：有一个《没有闭合的》，请在书名结束处补上并记入 repairs');
    const sectionId = sectionIds.get(item.section)!;
    const heading = headingOf.get(item.order);
    let category: string | undefined;
    if (heading) {
      category = categoryIds.get(heading.value)!;
      guesses.push(`category：${category}（${heading.value}；${heading.why}）`);
    }
    const idStem = entryIdStem(prefix, category ?? sectionId);
    const n = (counters.get(idStem) ?? 0) + 1;
    counters.set(idStem, n);
    const id = `${idStem}${String(n).padStart(2, '0')}`;
    const title = guessTitle(text);
    const kind = guessKind(text);
    const status = guessStatus(text);
    const cities = guessCities(text, meta.city);
    const figures = guessFigures(text);
    const plans = plansOf(text, guesses);
    guesses.push(`title：${title.why}`, `kind：${kind.value}（${kind.why}）`);
    guesses.push(status ? `status：${status.value.status}（${status.why}）` : 'status：正文中没有取值表中的状态用语，暂作 in-progress，statusWords 暂取正文开头两字');
    guesses.push(`cities：${cities.why}`);
    for (const f of figures) guesses.push(`figures：${f.why}`);
    add(
      'entries',
      id,
      {
        id,
        title: title.value,
        source,
        section: sectionId,
        ...(category ? { category } : {}),
        kind: kind.value,
        status: status?.value.status ?? 'in-progress',
        statusWords: status?.value.words ?? text.replace(/\s/g, '').slice(0, 2),
        cities: cities.value,
        ...(plans.length ? { plans } : {}),
        ...(figures.length ? { figures: figures.map((f) => f.figure) } : {}),
        order: item.order,
        ...(repairs.length ? { repairs } : {}),
      },
      text,
      guesses,
      `${REGISTRY.entries.dir}/${source}`,
    );
  }

  for (const [kind, title] of [['opening', '报告导语'], ['outlook', '工作展望']] as const) {
    if (!parsed[kind]) continue;
    const guesses: string[] = [`title：${title}（编者拟题，请核对）`, '正文：抽取稿不分段，请按原报告分段（分段不改文字）'];
    const { text, repairs } = guessRepairs(parsed[kind], true);
    for (const r of repairs) guesses.push(`repairs：“${r.before}”改为“${r.after}”（${r.why}）`);
    const plans = plansOf(text, guesses);
    const id = `${prefix}-${kind}`;
    add('passages', id, { id, title, kind, source, ...(plans.length ? { plans } : {}), ...(repairs.length ? { repairs } : {}) }, text, guesses);
  }
  return { parsed, text: { file: sourceTextFile(source), content: raw }, files };
}
