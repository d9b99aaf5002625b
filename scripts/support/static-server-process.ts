/**
 * The static server (static-server.ts) in a process of its own, for measurements: served
 * from the process that drives the browser, a file waits whenever the driver is busy
 * (a page's requests took 3–50 ms to answer at 10,000 entries, against 2–16 ms apart).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { StaticServer } from './static-server';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const MAIN = fileURLToPath(new URL('./serve-static-main.ts', import.meta.url));

export function serveStaticApart(root: string, timeoutMs = 30_000): Promise<StaticServer> {
  const child = spawn(process.execPath, [TSX_CLI, MAIN, root], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the static server did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => reject(new Error(`the static server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^(http:\/\/\S+)\n/m.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        close: async () => {
          child.kill();
          await exited;
        },
      });
    });
  });
}
