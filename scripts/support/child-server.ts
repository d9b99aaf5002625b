/** A server run as a child process (astro dev, the static server): started, then known by the address it prints. */
import { spawn } from 'node:child_process';

export interface ChildServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** What the server printed so far. */
  log(): string;
  /** Stops the server; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs `node <args>` in `cwd` and resolves once it prints an address on 127.0.0.1; rejects,
 * with what it printed, if it exits first or prints none within `timeoutMs`.
 */
export function startChildServer(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; what: string }): Promise<ChildServer> {
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let log = '';
  return new Promise<ChildServer>((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`${options.what} ${why}:\n${log.slice(-3000)}`));
    const timer = setTimeout(() => {
      child.kill();
      fail(`did not start within ${options.timeoutMs} ms`);
    }, options.timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(`exited with ${code}`);
    });
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      // eslint-disable-next-line no-control-regex
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        log: () => log,
        stop: async () => {
          child.kill();
          await exited;
        },
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
}
