/**
 * The content on disk as it is now, for `astro dev`: a file is read again only when it
 * changed, the rules run again only when something did, and an unchanged state is returned
 * as the same object (so that what is built from it can be kept).
 */
import fs from 'node:fs';
import path from 'node:path';
import { REGISTRY } from '../kb/registry';
import { listContent, readCorpus, readDoc, withRules, type LoadedContent, type Listing, type Parsed } from './fs';
import { commonFolder, watchFolders, type FolderEvents } from './folder-events';

/** The folder holding every collection's folder (content/). */
const contentFolder = () => commonFolder(Object.values(REGISTRY).map((r) => r.dir));

/** Every listed file and every source text, relative to the root. */
function filesOf(root: string, listing: Listing): string[] {
  const texts = path.join(root, REGISTRY.sources.dir);
  const sourceTexts = fs.existsSync(texts) ? fs.readdirSync(texts).filter((f) => f.endsWith('.txt')) : [];
  return [...listing.flatMap(([, files]) => files), ...sourceTexts.map((t) => `${REGISTRY.sources.dir}/${t}`)];
}

export interface WatchOptions {
  /**
   * Follow the operating system's file events (default), so that a look costs nothing
   * while no file changed. Without them, or when they fail, every look lists and stats
   * every file, at most once per `freshMs`.
   */
  events?: boolean;
  freshMs?: number;
}

export function contentWatcher(root = process.cwd(), { events = true, freshMs = 0 }: WatchOptions = {}): () => LoadedContent {
  let folderEvents: FolderEvents | undefined = events ? watchFolders(root, path.join(root, contentFolder())) : undefined;
  const read = readDoc(root);
  const parsed = new Map<string, { stamp: string; parsed: Parsed }>();
  let listing: Listing = [];
  let stamps = new Map<string, string>();
  let content: LoadedContent | undefined;
  let lookedAt = -Infinity;

  const stampOf = (file: string) => {
    const st = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    return st ? `${st.mtimeMs}:${st.size}` : 'gone';
  };
  /** Lists and stats every file; whether anything changed. */
  const lookAtAll = (): boolean => {
    lookedAt = performance.now();
    listing = listContent(root);
    const now = new Map(filesOf(root, listing).map((f) => [f, stampOf(f)]));
    const same = now.size === stamps.size && [...now].every(([f, s]) => stamps.get(f) === s);
    stamps = now;
    for (const file of parsed.keys()) if (!stamps.has(file)) parsed.delete(file);
    folderEvents?.rescan();
    return !same;
  };
  /** Stats the reported files when they are all known ones (a save); lists everything again otherwise (a file or folder added, removed or renamed). */
  const lookAtReported = (paths: Set<string>): boolean => {
    if (![...paths].every((p) => stamps.has(p))) return lookAtAll();
    let changed = false;
    for (const file of paths) {
      const stamp = stampOf(file);
      if (stamp === 'gone') return lookAtAll();
      if (stamp !== stamps.get(file)) changed = true;
      stamps.set(file, stamp);
    }
    return changed;
  };
  const changed = (): boolean => {
    if (!content) return lookAtAll();
    if (folderEvents) {
      const paths = folderEvents.take();
      if (paths) return paths.size > 0 && lookAtReported(paths);
      folderEvents = undefined;
      return lookAtAll();
    }
    return performance.now() - lookedAt >= freshMs && lookAtAll();
  };

  return () => {
    if (!changed() && content) return content;
    content = withRules(
      root,
      readCorpus(listing, (name, file) => {
        const stamp = stamps.get(file)!;
        const kept = parsed.get(file);
        if (kept?.stamp === stamp) return kept.parsed;
        const result = read(name, file);
        parsed.set(file, { stamp, parsed: result });
        return result;
      }),
    );
    return content;
  };
}
