/**
 * What the build puts before Pagefind's own worker script (scripts/support/worker-shim.mjs):
 * the files the page fetched for Pagefind while this script loaded (handed-files.ts, first:
 * the others fetch through it), the compact metadata's reader (meta-shim.ts), the browser's own unzipping of the other
 * index files (unzip-shim.ts), the warm-up of Pagefind's WebAssembly (warm-up.ts), the early
 * fetching of the first results' fragments (prefetch-fragments.ts), the later results sent
 * in columns (result-tail.ts) and the release of the results' unused fragment readers
 * (release-readers.ts), installed last: it keeps the message listener added after it, which
 * is Pagefind's. Pagefind's naps while it waits for its index end when the index is read (wake-naps.ts).
 */
import './handed-files.ts';
import './meta-shim.ts';
import './unzip-shim.ts';
import { warmUpAfterInstantiate } from './warm-up.ts';
import { prefetchFragments } from './prefetch-fragments.ts';
import { resultTail } from './result-tail.ts';
import { releaseReaders } from './release-readers.ts';
import { wakeNapsOnInit } from './wake-naps.ts';

warmUpAfterInstantiate();
wakeNapsOnInit();
prefetchFragments();
resultTail();
releaseReaders();
