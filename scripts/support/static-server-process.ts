/**
 * The static server (static-server.ts) in a process of its own, for measurements: served
 * from the process that drives the browser, a file waits whenever the driver is busy
 * (a page's requests took 3–50 ms to answer at 10,000 entries, against 2–16 ms apart).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startChildServer } from './child-server';
import type { StaticServer } from './static-server';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const MAIN = fileURLToPath(new URL('./serve-static-main.ts', import.meta.url));

export async function serveStaticApart(root: string, timeoutMs = 30_000): Promise<StaticServer> {
  const server = await startChildServer([TSX_CLI, MAIN, root], { timeoutMs, what: 'the static server' });
  return { url: server.url, close: server.stop };
}
