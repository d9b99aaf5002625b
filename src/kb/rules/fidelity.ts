/**
 * Faithful to each source: every statement of a source report's text is in exactly one
 * of its entries (the item of the same order) or its opening and closing passages,
 * verbatim but for recorded repairs, under the section the text puts it in; every entry
 * of a source is one of its statements; its sections and categories are its keywords and
 * ★抓 headings. A draft report (draft: true) need not be complete yet: what it has is
 * checked, what it lacks is reported once it is published.
 */
import { REGISTRY, type Doc } from '../registry';
import type { Repair } from '../schemas/entry';
import { PASSAGE_KINDS, type PassageKind } from '../schemas/vocab';
import { applyRepairs, parseReport } from '../text/report';
import type { Rule, RuleContext } from './context';
import { list, type ContentError } from './error';

/** Where a source report's extracted text is kept, beside its metadata. */
export const sourceTextFile = (sourceId: string) => `${REGISTRY.sources.dir}/${sourceId}.txt`;

const short = (text: string) => (text.length > 16 ? `${text.slice(0, 16)}……` : text);

/** A document's text equals a statement of the source after its repairs; else says where they part. */
function checkVerbatim(doc: Doc<{ repairs: Repair[] }>, statement: string, where: string, textOf: RuleContext['textOf'], report: (e: ContentError) => void): void {
  let expected = statement;
  for (const [i, r] of doc.data.repairs.entries()) {
    try {
      expected = applyRepairs(expected, [r]);
    } catch {
      report({ file: doc.file, field: `repairs[${i}].before`, value: r.before, message: `${where}中找不到这段文字；before 须照录抽取稿` });
      return;
    }
  }
  const text = textOf(doc);
  if (text === expected) return;
  let at = 0;
  while (at < text.length && text[at] === expected[at]) at++;
  report({
    file: doc.file,
    field: '正文',
    message: `与${where}不符：自第 ${at + 1} 字起，原文为“${expected.slice(at, at + 12)}”，正文为“${text.slice(at, at + 12)}”；正文须照录原文，修复抽取问题须记入 repairs`,
  });
}

export const fidelityRule: Rule = ({ corpus, sourceTexts, textOf }, report) => {
  const sectionTitle = new Map(corpus.sections.map((s) => [s.data.id, s.data.title]));
  for (const source of corpus.sources) {
    const id = source.data.id;
    const file = sourceTextFile(id);
    const raw = sourceTexts.get(id);
    if (raw === undefined) {
      report({ file: source.file, message: `缺少来源报告的原文 ${file}；每份报告都须保存其抽取稿原文，以便逐句核对` });
      continue;
    }
    const parsed = parseReport(raw);
    // a draft report is work in progress: what it has is checked, what it still lacks is not (until it is published)
    const complete = !source.data.draft;
    const sections = corpus.sections.filter((s) => s.data.source === id);
    for (const title of parsed.sections) {
      if (complete && !sections.some((s) => s.data.title === title)) report({ file, message: `报告的关键词“${title}”没有对应的栏目；请在 ${REGISTRY.sections.dir}/ 新建 title: ${title}、source: ${id} 的栏目` });
    }
    for (const s of sections) {
      if (!parsed.sections.includes(s.data.title)) report({ file: s.file, field: 'title', value: s.data.title, message: `来源报告 ${id} 没有这个关键词；栏目标题须照录报告的关键词：${list(parsed.sections)}` });
    }
    const sectionIds = new Set(sections.map((s) => s.data.id));
    for (const c of corpus.categories.filter((c) => sectionIds.has(c.data.section))) {
      if (!parsed.headings.includes(c.data.title)) report({ file: c.file, field: 'title', value: c.data.title, message: `来源报告 ${id} 没有这个“抓”字标题；类别标题须照录报告的标题（去掉★）：${list(parsed.headings)}` });
    }
    const entries = corpus.entries.filter((e) => e.data.source === id);
    const byOrder = new Map(entries.map((e) => [e.data.order, e]));
    for (const item of parsed.items) {
      const entry = byOrder.get(item.order);
      if (!entry) {
        if (complete) report({ file, message: `第 ${item.order} 条（${short(item.text)}）不在任何条目中；请为它新建条目（source: ${id}，order: ${item.order}）` });
        continue;
      }
      checkVerbatim(entry, item.text, `来源报告第 ${item.order} 条`, textOf, report);
      const title = sectionTitle.get(entry.data.section);
      if (title !== undefined && title !== item.section) {
        report({ file: entry.file, field: 'section', value: entry.data.section, message: `来源报告把第 ${item.order} 条列在“${item.section}”下，而这个栏目是“${title}”` });
      }
    }
    for (const e of entries) {
      if (e.data.order > parsed.items.length) {
        report({ file: e.file, field: 'order', value: e.data.order, message: `来源报告 ${id} 只有 ${parsed.items.length} 条；order 是条目在报告中的顺序号` });
      }
    }
    for (const kind of Object.keys(PASSAGE_KINDS) as PassageKind[]) {
      const statement = parsed[kind];
      const passages = corpus.passages.filter((p) => p.data.source === id && p.data.kind === kind);
      if (complete && statement && passages.length === 0) {
        report({ file, message: `报告的${PASSAGE_KINDS[kind]}（${short(statement)}）不在任何段落中；请在 ${REGISTRY.passages.dir}/ 新建 kind: ${kind} 的段落` });
      }
      for (const [i, p] of passages.entries()) {
        if (i > 0) report({ file: p.file, field: 'kind', value: kind, message: `来源报告 ${id} 已有${PASSAGE_KINDS[kind]}段落 ${passages[0]!.file}` });
        else if (!statement) report({ file: p.file, field: 'kind', value: kind, message: `来源报告 ${id} 没有${PASSAGE_KINDS[kind]}` });
        else checkVerbatim(p, statement, `来源报告的${PASSAGE_KINDS[kind]}`, textOf, report);
      }
    }
  }
};
