import type { Corpus, Doc } from '../registry';
import { plainText } from '../text/plain';

/** A mistake an editor made, with what is needed to fix it. */
export interface IntegrityError {
  file: string;
  field: string;
  value: unknown;
  message: string;
}

export function formatError(e: IntegrityError): string {
  return `${e.file}：字段 ${e.field} 的值 ${JSON.stringify(e.value)} 有误：${e.message}`;
}

function basename(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function list(values: Iterable<string>): string {
  const all = [...values];
  return all.length ? all.join('、') : '（无）';
}

/** Ids equal file names and are unique within their collection. */
function checkIds(name: string, docs: Doc<{ id: string }>[], out: IntegrityError[]): void {
  const seen = new Map<string, string>();
  for (const doc of docs) {
    const { id } = doc.data;
    if (id !== basename(doc.file)) {
      out.push({ file: doc.file, field: 'id', value: id, message: `必须与文件名一致（${basename(doc.file)}）` });
    }
    const first = seen.get(id);
    if (first) {
      out.push({ file: doc.file, field: 'id', value: id, message: `与 ${first} 重复；${name} 中的 id 必须唯一` });
    } else seen.set(id, doc.file);
  }
}

function checkRef(
  doc: Doc<unknown>,
  field: string,
  value: string,
  allowed: Set<string>,
  what: string,
  out: IntegrityError[],
): void {
  if (!allowed.has(value)) {
    out.push({ file: doc.file, field, value, message: `没有这个${what}；允许的取值：${list(allowed)}` });
  }
}

/** Glossary terms are words the report uses; groups of a definition taken from the text are the text's words. */
function checkTerms(corpus: Corpus, textOf: Map<Doc<unknown>, string>, out: IntegrityError[]): void {
  const report = [...corpus.entries, ...corpus.passages].map((d) => textOf.get(d)).join('\n');
  for (const t of corpus.terms) {
    const { term, aliases, parts, definitionProvenance } = t.data;
    if (![term, ...aliases].some((w) => report.includes(w))) {
      const also = aliases.length ? `，也找不到别名 ${list(aliases)}` : '';
      out.push({ file: t.file, field: 'term', value: term, message: `报告正文（条目、导语和展望）中找不到这个词${also}；术语表只收报告中用到的词` });
    }
    if (definitionProvenance !== 'text') continue;
    parts.forEach((part, i) =>
      part.items.forEach((item, j) => {
        if (!report.includes(item)) {
          out.push({ file: t.file, field: `parts[${i}].items[${j}]`, value: item, message: '报告正文中找不到这段文字；definitionProvenance 为 text 时，分组须照录原文' });
        }
      }),
    );
  }
}

/**
 * Cross-collection checks that a schema of one file cannot make: ids, references,
 * the category rule of sections, figures and status words present in the text, glossary
 * terms used by the report.
 * Returns every mistake found, in file order.
 */
export function checkIntegrity(corpus: Corpus): IntegrityError[] {
  const out: IntegrityError[] = [];
  for (const [name, docs] of Object.entries(corpus)) checkIds(name, docs as Doc<{ id: string }>[], out);
  const textOf = new Map<Doc<unknown>, string>([...corpus.entries, ...corpus.passages].map((d) => [d, plainText(d.body)]));

  const sourceIds = new Set(corpus.sources.map((d) => d.data.id));
  const sectionIds = new Set(corpus.sections.map((d) => d.data.id));
  const planIds = new Set(corpus.plans.map((d) => d.data.id));
  const categoriesOf = new Map<string, Set<string>>();
  for (const c of corpus.categories) {
    checkRef(c, 'section', c.data.section, sectionIds, '栏目', out);
    const set = categoriesOf.get(c.data.section) ?? new Set<string>();
    set.add(c.data.id);
    categoriesOf.set(c.data.section, set);
  }
  for (const s of corpus.sections) checkRef(s, 'source', s.data.source, sourceIds, '来源报告', out);

  const orders = new Map<string, string>();
  for (const e of corpus.entries) {
    const d = e.data;
    checkRef(e, 'source', d.source, sourceIds, '来源报告', out);
    checkRef(e, 'section', d.section, sectionIds, '栏目', out);
    const allowedCategories = categoriesOf.get(d.section);
    if (!sectionIds.has(d.section)) {
      // the section error above says what to fix; a category error would only confuse
    } else if (allowedCategories && !d.category) {
      out.push({ file: e.file, field: 'category', value: undefined, message: `栏目 ${d.section} 的条目必须写 category；允许的取值：${list(allowedCategories)}` });
    } else if (allowedCategories && d.category) {
      checkRef(e, 'category', d.category, allowedCategories, `栏目 ${d.section} 下的类别`, out);
    } else if (!allowedCategories && d.category) {
      out.push({ file: e.file, field: 'category', value: d.category, message: `栏目 ${d.section} 没有类别，请删去 category（只有 ${list(categoriesOf.keys())} 有类别）` });
    }
    d.plans.forEach((p, i) => checkRef(e, `plans[${i}]`, p, planIds, '规划与文件', out));
    const text = textOf.get(e)!;
    d.figures.forEach((f, i) => {
      if (!text.includes(f.text)) {
        out.push({ file: e.file, field: `figures[${i}].text`, value: f.text, message: '正文中找不到这段文字；数据必须照录正文' });
      } else if (!f.text.includes(String(f.value))) {
        out.push({ file: e.file, field: `figures[${i}].value`, value: f.value, message: `与文字“${f.text}”中的数值不符` });
      }
    });
    d.aliases.forEach((a, i) => {
      if (text.includes(a)) {
        out.push({ file: e.file, field: `aliases[${i}]`, value: a, message: '正文已有这个词，无需作为别名；别名只写正文中没有的简称或同义词' });
      }
    });
    if (!text.includes(d.statusWords)) {
      out.push({ file: e.file, field: 'statusWords', value: d.statusWords, message: '正文中找不到这段文字；状态必须依据原文用语' });
    }
    const key = `${d.source}#${d.order}`;
    const clash = orders.get(key);
    if (clash) out.push({ file: e.file, field: 'order', value: d.order, message: `与 ${clash} 的顺序号重复` });
    else orders.set(key, e.file);
  }
  for (const p of corpus.passages) {
    checkRef(p, 'source', p.data.source, sourceIds, '来源报告', out);
    p.data.plans.forEach((id, i) => checkRef(p, `plans[${i}]`, id, planIds, '规划与文件', out));
  }
  checkTerms(corpus, textOf, out);
  return out;
}

/** Throws one error listing every mistake, so a build stops with all of them at once. */
export function assertIntegrity(corpus: Corpus): void {
  const errors = checkIntegrity(corpus);
  if (errors.length) {
    throw new Error(`内容校验失败（${errors.length} 处）：\n` + errors.map((e) => '  - ' + formatError(e)).join('\n'));
  }
}
