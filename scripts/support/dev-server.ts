/** Runs `astro dev` on a site folder on a free port, for tests and the bench. */
import { spawn } from 'node:child_process';
import { ASTRO_BIN } from './build';

export interface DevServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** What the server printed so far. */
  log(): string;
  stop(): void;
}

/** Starts the dev server in `cwd` and resolves once it prints its address (rejects after `timeoutMs`). */
export function startDev(cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<DevServer> {
  const dev = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', '0', '--host', '127.0.0.1'], { cwd, env: { ...env, NODE_ENV: 'development' } });
  let log = '';
  const server = (url: string): DevServer => ({ url, log: () => log, stop: () => void dev.kill() });
  return new Promise<DevServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      dev.kill();
      reject(new Error(`astro dev did not start:\n${log.slice(-3000)}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      // eslint-disable-next-line no-control-regex
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
      if (m) {
        clearTimeout(timer);
        resolve(server(m[1]!));
      }
    };
    dev.stdout.on('data', read);
    dev.stderr.on('data', read);
  });
}
