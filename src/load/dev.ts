/**
 * In `astro dev`: the content on disk as it is now (src/load/watch.ts), shared by the page
 * that lists content mistakes (src/middleware.ts) and the knowledge base the pages read
 * (src/load/astro.ts), so that a saved file shows on the next request rather than after the
 * content layer has stored it again (Astro waits 500 ms, then writes its whole store).
 */
import { contentWatcher } from './watch';

/** Without file events, a page asking several times while it renders has the files looked at once per 300 ms. */
export const devContent = contentWatcher(process.cwd(), { freshMs: 300 });
