/**
 * What the build puts before Pagefind's own worker script (scripts/support/worker-shim.mjs):
 * the compact metadata's reader (meta-shim.ts) and the warm-up of Pagefind's WebAssembly
 * (warm-up.ts).
 */
import './meta-shim.ts';
import { warmUpAfterInstantiate } from './warm-up.ts';

warmUpAfterInstantiate();
