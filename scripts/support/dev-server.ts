/** Runs `astro dev` on a site folder on a free port, for tests and the bench. */
import { ASTRO_BIN } from './build';
import { startChildServer, type ChildServer } from './child-server';

export type DevServer = ChildServer;

/** Starts the dev server in `cwd` and resolves once it prints its address (rejects after `timeoutMs`, or if it exits). */
export function startDev(cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<DevServer> {
  return startChildServer([ASTRO_BIN, 'dev', '--port', '0', '--host', '127.0.0.1'], { cwd, env: { ...env, NODE_ENV: 'development' }, timeoutMs, what: 'astro dev' });
}
