/** Glossary terms are words the report uses; groups of a definition taken from the text are the text's words. */
import type { Rule } from './context';
import { list } from './error';

export const termRule: Rule = ({ corpus, textOf }, report) => {
  const reportText = [...corpus.entries, ...corpus.passages].map(textOf).join('\n');
  for (const t of corpus.terms) {
    const { term, aliases, parts, definitionProvenance } = t.data;
    if (![term, ...aliases].some((w) => reportText.includes(w))) {
      const also = aliases.length ? `，也找不到别名 ${list(aliases)}` : '';
      report({ file: t.file, field: 'term', value: term, message: `报告正文（条目、导语和展望）中找不到这个词${also}；术语表只收报告中用到的词` });
    }
    if (definitionProvenance !== 'text') continue;
    parts.forEach((part, i) =>
      part.items.forEach((item, j) => {
        if (!reportText.includes(item)) {
          report({ file: t.file, field: `parts[${i}].items[${j}]`, value: item, message: '报告正文中找不到这段文字；definitionProvenance 为 text 时，分组须照录原文' });
        }
      }),
    );
  }
};
