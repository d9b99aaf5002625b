/** The knowledge base as the Astro build sees it: collections loaded, checked and indexed once. */
import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import type { Corpus, Doc } from '../kb/registry';
import { assertIntegrity } from '../kb/rules/index';
import { buildKb, type Kb } from '../kb/model';

type Name = keyof Corpus & keyof DataEntryMap;

async function docs<N extends Name>(name: N): Promise<Doc<CollectionEntry<N>['data']>[]> {
  const all = await getCollection(name);
  return all.map((e) => ({ file: e.filePath ?? `${name}/${e.id}`, data: e.data, body: e.body ?? '' }));
}

let cached: Promise<Kb> | undefined;

/** Loads the collections, stops the build on any integrity error, and indexes them. */
export function getKb(): Promise<Kb> {
  cached ??= (async () => {
    const corpus = {
      sources: await docs('sources'),
      sections: await docs('sections'),
      categories: await docs('categories'),
      entries: await docs('entries'),
      passages: await docs('passages'),
      plans: await docs('plans'),
      terms: await docs('terms'),
    } as Corpus;
    assertIntegrity(corpus);
    return buildKb(corpus);
  })();
  return cached;
}

type PageCollection = 'entries' | 'plans' | 'sections' | 'categories';

/** getStaticPaths for a page per item of a collection, at /<route>/<id>/, with the knowledge base. */
export async function pagesOf<N extends PageCollection>(name: N) {
  const kb = await getKb();
  const all = (await getCollection(name)) as CollectionEntry<N>[];
  return all.map((doc) => ({ params: { id: (doc.data as { id: string }).id }, props: { doc, kb } }));
}

/** The props of a page made by `pagesOf`. */
export interface PageProps<N extends PageCollection> {
  doc: CollectionEntry<N>;
  kb: Kb;
}
