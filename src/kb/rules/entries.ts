/** Rules of one entry: its category, its figures, its status words, its aliases, its order, its body. */
import type { Rule } from './context';
import { list } from './error';
import { statedFigures } from '../text/figures';

/** A section's categories: required in a section that has any, forbidden elsewhere. */
export const categoryRule: Rule = ({ corpus, ids }, report) => {
  const categoriesOf = new Map<string, Set<string>>();
  for (const c of corpus.categories) {
    const set = categoriesOf.get(c.data.section) ?? new Set<string>();
    categoriesOf.set(c.data.section, set.add(c.data.id));
  }
  const sections = ids('sections');
  for (const e of corpus.entries) {
    const { section, category } = e.data;
    // an unknown section is reported by the reference rule; a category error would only confuse
    if (!sections.has(section)) continue;
    const allowed = categoriesOf.get(section);
    if (allowed && !category) {
      report({ file: e.file, field: 'category', message: `栏目 ${section} 的条目必须写 category；允许的取值：${list(allowed)}` });
    } else if (allowed && category && !allowed.has(category)) {
      report({ file: e.file, field: 'category', value: category, message: `没有这个栏目 ${section} 下的类别；允许的取值：${list(allowed)}` });
    } else if (!allowed && category) {
      report({ file: e.file, field: 'category', value: category, message: `栏目 ${section} 没有类别，请删去 category（只有 ${list(categoriesOf.keys())} 有类别）` });
    }
  }
};

/** An entry's section belongs to the entry's source report. */
export const sectionSourceRule: Rule = ({ corpus }, report) => {
  const sourceOf = new Map(corpus.sections.map((s) => [s.data.id, s.data.source]));
  for (const e of corpus.entries) {
    const source = sourceOf.get(e.data.section);
    if (source !== undefined && source !== e.data.source) {
      report({ file: e.file, field: 'section', value: e.data.section, message: `这个栏目属于来源报告 ${source}，而条目的 source 是 ${e.data.source}；请选用本报告的栏目` });
    }
  }
};

/** Figures, status words and aliases are checked against the entry's text. */
export const entryTextRule: Rule = ({ corpus, textOf }, report) => {
  for (const e of corpus.entries) {
    const d = e.data;
    const text = textOf(e);
    d.figures.forEach((f, i) => {
      if (!text.includes(f.text)) {
        report({ file: e.file, field: `figures[${i}].text`, value: f.text, message: '正文中找不到这段文字；数据必须照录正文' });
      } else if (!f.text.includes(String(f.value))) {
        report({ file: e.file, field: `figures[${i}].value`, value: f.value, message: `与文字“${f.text}”中的数值不符` });
      }
    });
    const recorded = d.figures.map((f) => f.value);
    for (const stated of statedFigures(text)) {
      const at = recorded.indexOf(stated.value);
      if (at >= 0) recorded.splice(at, 1);
      else {
        report({
          file: e.file,
          field: 'figures',
          message: `正文中的“${stated.text}”是一项数据，但 figures 中没有记录；请加上一项：value: ${stated.value}，unit: ${stated.unit}，counts（统计对象），text: ${stated.text}`,
        });
      }
    }
    d.aliases.forEach((a, i) => {
      if (text.includes(a)) report({ file: e.file, field: `aliases[${i}]`, value: a, message: '正文已有这个词，无需作为别名；别名只写正文中没有的简称或同义词' });
    });
    if (!text.includes(d.statusWords)) {
      report({ file: e.file, field: 'statusWords', value: d.statusWords, message: '正文中找不到这段文字；状态必须依据原文用语' });
    }
  }
};

/** Each order is used once within a source report. */
export const orderRule: Rule = ({ corpus }, report) => {
  const orders = new Map<string, string>();
  for (const e of corpus.entries) {
    const key = `${e.data.source}#${e.data.order}`;
    const clash = orders.get(key);
    if (clash) report({ file: e.file, field: 'order', value: e.data.order, message: `与 ${clash} 的顺序号重复` });
    else orders.set(key, e.file);
  }
};

/** Markup that would change how a verbatim text reads: emphasis, headings, links, HTML, expressions. */
const MARKUP = /[*_#[\]<>{}`|]/;

/** Entry and passage bodies are the source's words only: plain text, no Markdown or MDX. */
export const plainBodyRule: Rule = ({ corpus }, report) => {
  for (const doc of [...corpus.entries, ...corpus.passages]) {
    const m = MARKUP.exec(doc.body);
    if (m) report({ file: doc.file, field: '正文', value: m[0], message: '条目和段落的正文只能是报告原文的纯文本，不能有 Markdown 或 MDX 标记；编者说明请写在其他页面' });
  }
};
