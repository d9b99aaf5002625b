/** Runs the real Astro build of a site folder, for tests on what the build makes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './root';

/** Astro's command line, run with this Node. */
export const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The build as `npm run build` runs it: Astro's, then the search index (scripts/build.mjs). */
export const BUILD_SCRIPT = path.join(ROOT, 'scripts/build.mjs');

/**
 * Variables Vitest sets in its workers (NODE_ENV=test, MODE=test, DEV=1, PROD=, TEST,
 * VITEST…). Passed on to a build, they make Vite build a development site: Starlight's
 * search dialog then says search only works in production.
 */
const TEST_RUNNER_VARIABLES = /^(?:NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*|FORCE_COLOR)$/;

/** The environment of a production build, as `npm run build` has it. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

export interface BuildResult {
  status: number | null;
  /** The build script's process (scripts/build.mjs names its temporary files by it). */
  pid: number;
  output: string;
  outDir: string;
}

/** Builds `root` (default: this repository) into a fresh temporary folder. */
export function buildSite(root = ROOT, env: Record<string, string> = {}): BuildResult {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-build-'));
  const run = spawnSync(process.execPath, [BUILD_SCRIPT, '--outDir', outDir], {
    cwd: root,
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, pid: run.pid, output, outDir };
}

/**
 * A copy of this repository's site (config, sources, content) for builds of a changed
 * copy. It lives under .test-sites/ in the repository, so that it resolves the
 * repository's node_modules (a symlinked node_modules confuses Vite). Returns its path.
 */
export function copySite(): string {
  const parent = path.join(ROOT, '.test-sites');
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'site-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    const from = path.join(ROOT, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), { recursive: true });
  }
  return dir;
}

/** Reads a built file as text. */
export function readBuilt(outDir: string, file: string): string {
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}
