/**
 * The knowledge base inside Astro (build and `astro dev`): the collections as the content
 * layer has them, validated by the registry's schemas and every content rule
 * (src/kb/rules), then indexed. The collections carry no schema of their own in
 * src/content.config.ts, so that a mistake is reported here, in the same words as
 * everywhere else, and never silently skipped by the content layer.
 */
import { getCollection, getEntry, type CollectionEntry, type DataEntryMap } from 'astro:content';
import { COLLECTION_NAMES, REGISTRY, type CollectionName, type Corpus, type PagedCollection } from '../kb/registry';
import { buildKb, type Kb } from '../kb/model';
import { checkContent, ContentErrors, validateDoc, type ContentError } from '../kb/rules';
import { devContent } from './dev';
import type { LoadedContent } from './fs';
import { seconds, timeOfDay } from '../build/log-time';

/**
 * The extracted text of each source report, bundled by Vite from the project root (so the
 * build finds it wherever it is run from, and `astro dev` reloads it when it changes). The
 * pattern is a literal, as Vite requires: it must name the registry's sources folder, or
 * the fidelity rule reports every source's text as missing.
 */
const SOURCE_TEXT_FILES = import.meta.glob<string>('/content/sources/*.txt', { query: '?raw', import: 'default', eager: true });

function sourceTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [file, text] of Object.entries(SOURCE_TEXT_FILES)) {
    if (file.startsWith(`/${REGISTRY.sources.dir}/`)) texts.set(file.replace(/^.*\//, '').replace(/\.txt$/, ''), text);
  }
  return texts;
}

export interface KbState {
  kb?: Kb;
  errors: ContentError[];
}

type Entry = CollectionEntry<CollectionName & keyof DataEntryMap>;

/** How long each step of building the knowledge base took, in milliseconds (0 for a step that did not run). */
interface KbTimes {
  read: number;
  schemas: number;
  rules: number;
  indexed: number;
}

/** Does a step of building the knowledge base, noting its time in `times`. */
async function timed<T>(times: KbTimes, step: keyof KbTimes, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    times[step] = performance.now() - started;
  }
}

/** The collections as the registry's schemas read them; each mistake goes into `errors`. */
function validatedCorpus(all: Map<CollectionName, Entry[]>, errors: ContentError[]): Corpus {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      all.get(name)!.flatMap((e) => {
        const file = e.filePath ?? `${name}/${e.id}`;
        const result = validateDoc(name, file, e.data, e.body ?? '');
        errors.push(...result.errors);
        return result.doc ? [result.doc] : [];
      }),
    ]),
  ) as Corpus;
}

async function loadState(all: Map<CollectionName, Entry[]>, times: KbTimes): Promise<KbState> {
  const errors: ContentError[] = [];
  const corpus = await timed(times, 'schemas', () => validatedCorpus(all, errors));
  if (errors.length) return { errors };
  const texts = sourceTexts();
  const ruleErrors = await timed(times, 'rules', () => checkContent(corpus, texts));
  if (ruleErrors.length) return { errors: ruleErrors };
  return { kb: await timed(times, 'indexed', () => buildKb(corpus, texts)), errors: [] };
}

/**
 * The build's line on its knowledge base, as Astro's integrations log theirs: how long each
 * step took (the content rules are the integrity check) and the heap in use once it was built
 * (npm run bench reads both: scripts/bench/measure.ts).
 */
function logKb(state: KbState, times: KbTimes): void {
  const what = state.kb ? `${state.kb.entries.length.toLocaleString('en')} entries` : `${state.errors.length} content mistakes`;
  const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
  console.log(
    `${timeOfDay()} [kb] Knowledge base, ${what}: collections read in ${seconds(times.read)}, checked against the schemas in ${seconds(times.schemas)} and the content rules in ${seconds(times.rules)}, indexed in ${seconds(times.indexed)} (heap in use: ${heap} MiB).`,
  );
}

let built: Promise<KbState> | undefined;

/** In `astro dev`: built from the files on disk (src/load/dev.ts), again whenever one changes. */
const devStates = new WeakMap<LoadedContent, KbState>();
function devKbState(): KbState {
  const content = devContent();
  let state = devStates.get(content);
  if (!state) {
    state = content.errors.length ? { errors: content.errors } : { kb: buildKb(content.corpus, content.sourceTexts), errors: [] };
    devStates.set(content, state);
  }
  return state;
}

/**
 * The knowledge base and the mistakes that keep it from being built. Computed once per
 * build from the content layer; in `astro dev`, from the files as they are now.
 */
export async function getKbState(): Promise<KbState> {
  if (import.meta.env.DEV) return devKbState();
  // A build's content never changes: every page after the first gets the same state without
  // asking the content layer for every collection again.
  built ??= (async () => {
    const times: KbTimes = { read: 0, schemas: 0, rules: 0, indexed: 0 };
    const all = await timed(times, 'read', async () => {
      const read = new Map<CollectionName, Entry[]>();
      for (const name of COLLECTION_NAMES) read.set(name, (await getCollection(name)) as Entry[]);
      return read;
    });
    const state = await loadState(all, times);
    logKb(state, times);
    return state;
  })();
  return built;
}

/** The knowledge base; stops the build with every content mistake at once. */
export async function getKb(): Promise<Kb> {
  const { kb, errors } = await getKbState();
  if (!kb) throw new ContentErrors(errors);
  return kb;
}

/**
 * getStaticPaths for a page per item of a collection, at its registry page path. Pages read
 * the knowledge base (getKb) and their item (pageDoc) themselves rather than from props:
 * `astro dev` keeps props across content changes, and the page must show the content as it is.
 */
export async function pagesOf<N extends PagedCollection & keyof DataEntryMap>(name: N) {
  const { kb, errors } = await getKbState();
  // In `astro dev` the pages still exist, so that src/middleware.ts can show the mistakes on them.
  if (!kb && !import.meta.env.DEV) throw new ContentErrors(errors);
  // the knowledge base holds the published items only: drafts (draft: true) have no page
  const ids = kb ? (kb[name] as { id: string }[]).map((d) => d.id) : (await getCollection(name)).map((entry) => entry.id);
  return ids.map((id) => ({ params: { id } }));
}

/** A collection item as the content layer has it, for rendering its MDX body. */
export async function pageDoc<N extends PagedCollection & keyof DataEntryMap>(name: N, id: string | undefined): Promise<CollectionEntry<N>> {
  const doc = id === undefined ? undefined : await getEntry(name, id);
  if (!doc) throw new Error(`没有 id 为 ${JSON.stringify(id)} 的${name}`);
  return doc as CollectionEntry<N>;
}
