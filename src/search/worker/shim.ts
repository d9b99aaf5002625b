/**
 * What the build puts before Pagefind's own worker script (scripts/support/worker-shim.mjs):
 * the compact metadata's reader (meta-shim.ts), the browser's own unzipping of the other
 * index files (unzip-shim.ts) and the warm-up of Pagefind's WebAssembly (warm-up.ts).
 */
import './meta-shim.ts';
import './unzip-shim.ts';
import { warmUpAfterInstantiate } from './warm-up.ts';

warmUpAfterInstantiate();
