/**
 * Builds the site once (as `npm start` does) and serves the output as a static host
 * would, on a free port. Tests get the address with inject('baseUrl').
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILD_SCRIPT, buildEnv } from '../../scripts/support/build';
import { serveStatic } from '../../scripts/support/static-server';
import { assertChromium } from '../../scripts/support/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  assertChromium();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = await serveStatic(path.join(ROOT, 'dist'));
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
