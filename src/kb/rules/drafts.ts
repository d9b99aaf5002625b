/**
 * Drafts (draft: true) stay off the site until reviewed, so what is published never
 * depends on a draft: nothing published refers to a draft, and a published report has
 * all its sections, categories, passages and entries published.
 */
import { COLLECTION_NAMES, REGISTRY, type CollectionName, type Doc } from '../registry';
import type { Rule } from './context';
import { referenceValues } from './references';

type Drafted = Doc<{ id: string; draft?: boolean }>;

const isDraft = (doc: Drafted) => doc.data.draft === true;

/** Nothing published refers to a draft. */
export const draftReferenceRule: Rule = ({ corpus }, report) => {
  const drafts = new Map<CollectionName, Map<string, string>>();
  for (const name of COLLECTION_NAMES) {
    drafts.set(name, new Map((corpus[name] as Drafted[]).filter(isDraft).map((d) => [d.data.id, d.file])));
  }
  for (const name of COLLECTION_NAMES) {
    for (const doc of corpus[name] as Drafted[]) {
      if (isDraft(doc)) continue;
      for (const { field, to } of REGISTRY[name].references) {
        for (const [at, v] of referenceValues(doc.data, field)) {
          const draftFile = drafts.get(to as CollectionName)!.get(v);
          if (draftFile) {
            report({
              file: doc.file,
              field: at,
              value: v,
              message: `这份${REGISTRY[to as CollectionName].label}还是草稿（${draftFile} 写有 draft: true），已发布的内容不能引用草稿；请先审阅并发布它，或把本文件也标为 draft: true`,
            });
          }
        }
      }
    }
  }
};

/** A published report has all of its parts published. */
export const publishedSourceRule: Rule = ({ corpus }, report) => {
  const sectionSource = new Map(corpus.sections.map((s) => [s.data.id, s.data.source]));
  const parts: [string, Drafted[], Map<Drafted, string | undefined>][] = [
    [REGISTRY.sections.label, corpus.sections, new Map(corpus.sections.map((d) => [d, d.data.source]))],
    [REGISTRY.categories.label, corpus.categories, new Map(corpus.categories.map((d) => [d, sectionSource.get(d.data.section)]))],
    [REGISTRY.passages.label, corpus.passages, new Map(corpus.passages.map((d) => [d, d.data.source]))],
    [REGISTRY.entries.label, corpus.entries, new Map(corpus.entries.map((d) => [d, d.data.source]))],
  ];
  for (const source of corpus.sources) {
    if (isDraft(source)) continue;
    for (const [label, docs, sourceOf] of parts) {
      for (const d of docs) {
        if (isDraft(d) && sourceOf.get(d) === source.data.id) {
          report({
            file: d.file,
            field: 'draft',
            value: true,
            message: `来源报告 ${source.data.id} 已发布（${source.file} 没有 draft: true），它的${label}也须发布：审阅后请删去 draft: true，或把来源报告改回草稿`,
          });
        }
      }
    }
  }
};
