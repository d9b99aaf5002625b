/**
 * Pagefind's worker reads its entry file, then its metadata and WebAssembly (named in the
 * entry), and only once its own script has loaded: three round trips one after the other
 * before the first search can start. The page fetches these files while the worker's script
 * is loading and hands them to the worker (src/search/worker/handed-files.ts), which gives
 * them to Pagefind when it asks; any the page could not fetch, the worker fetches itself.
 */
import { compactMetaFile } from './compact-meta-file';

/** The page's first message to the worker: the path of the entry file it is fetching. */
export const HANDING = 'kbHanding';
/** A file the page hands the worker: its path, its bytes (none when the page could not fetch it), and the files still coming. */
export const HANDED = 'kbHanded';

export interface HandingMessage {
  [HANDING]: string;
}

export interface HandedMessage {
  [HANDED]: string;
  bytes?: ArrayBuffer;
  /** Paths of the files the page fetches next (after the entry: the metadata's compact form and the WebAssembly). */
  coming?: string[];
}

interface PagefindIndex {
  hash: string;
  wasm?: string | null;
  page_count: number;
}

interface PagefindEntry {
  languages?: Record<string, PagefindIndex | undefined>;
}

/** The index Pagefind's worker chooses for the page's language (its `findIndex`): the language, its base language, else the largest. */
export function chosenIndex(entry: PagefindEntry, language: string): PagefindIndex | undefined {
  const languages = entry.languages ?? {};
  const all = Object.values(languages).filter((index) => index !== undefined);
  return languages[language] ?? languages[language.split('-')[0]!] ?? all.sort((a, b) => b.page_count - a.page_count)[0];
}

async function bytesOf(url: string): Promise<ArrayBuffer | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? await response.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches the files Pagefind's worker reads first, and hands each to it as it arrives. Call before the worker's `init`. */
export function handStartFiles(worker: Worker, base: string, language: string): void {
  const path = (file: string) => new URL(`${base}${file}`, location.href).pathname;
  const entryPath = path('pagefind-entry.json');
  worker.postMessage({ [HANDING]: entryPath } satisfies HandingMessage);
  const hand = (message: HandedMessage) => worker.postMessage(message, message.bytes ? [message.bytes] : []);
  void (async () => {
    const entryBytes = await bytesOf(entryPath);
    let index: PagefindIndex | undefined;
    try {
      index = entryBytes && chosenIndex(JSON.parse(new TextDecoder().decode(entryBytes)) as PagefindEntry, language);
    } catch {
      // not an entry the page can read: the worker fetches the files it names itself
    }
    const coming = index ? [compactMetaFile(path(`pagefind.${index.hash}.pf_meta`)), path(`wasm.${index.wasm || 'unknown'}.pagefind`)] : [];
    hand({ [HANDED]: entryPath, bytes: entryBytes, coming });
    await Promise.all(coming.map(async (file) => hand({ [HANDED]: file, bytes: await bytesOf(file) })));
  })();
}
