/** A synonym group holds a word the site's text uses, and no word stands twice in the thesaurus. */
import type { Rule } from './context';

export const thesaurusRule: Rule = ({ corpus, textOf }, report) => {
  const siteText = [
    ...[...corpus.entries, ...corpus.passages].map(textOf),
    ...corpus.entries.flatMap((e) => [e.data.title, ...e.data.aliases]),
    ...corpus.plans.map((p) => p.data.title),
    ...corpus.terms.flatMap((t) => [t.data.term, ...t.data.aliases]),
    ...corpus.categories.map((c) => c.data.title),
    ...corpus.sections.map((s) => s.data.title),
  ].join('\n');
  const seen = new Map<string, string>();
  for (const group of corpus.thesaurus) {
    const { words } = group.data;
    if (!words.some((w) => siteText.includes(w))) {
      report({ file: group.file, field: 'words', message: `站内文字中一个也找不到：${words.join('、')}；每组至少要有一个站内用到的词，搜索才能由读者的说法找到它` });
    }
    words.forEach((w, i) => {
      const first = seen.get(w);
      if (first) report({ file: group.file, field: `words[${i}]`, value: w, message: `已在 ${first} 中；一个词只能属于一组` });
      else seen.set(w, group.file);
    });
  }
};
