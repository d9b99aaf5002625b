// @ts-check
/**
 * The site's Astro config as one module that Node loads by itself, for `astro build`
 * (scripts/build.mjs passes it with `--config`).
 *
 * Astro first imports a config with Node. Ours imports the site's TypeScript without
 * extensions, and starlight-links-validator publishes TypeScript, which Node does not strip
 * inside node_modules; so that import fails, and Astro loads the config through a minimal
 * Vite dev server and its module runner instead: Starlight's integration, the Markdown
 * processor and its plugins and the site's Vite plugins then run from that runner for the
 * rest of the build. Bundled here (about 0.1 s), the config loads natively: at 1,000
 * entries the same pages, byte for byte, in about 0.5 s less (PERFORMANCE.md, “构建”).
 *
 * Packages stay imports of their own (resolved from node_modules as before), except those
 * that publish TypeScript, which are bundled in; the site's own modules are bundled, each
 * keeping its `import.meta.url` (a module that finds a file beside itself, as the CSP step
 * finds its worker's, finds it there still).
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** TypeScript, which Node loads only outside node_modules. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

/** esbuild's loader for a module, by its extension. @param {string} file @returns {import('esbuild').Loader} */
const loaderOf = (file) => (file.endsWith('x') ? (TYPESCRIPT.test(file) ? 'tsx' : 'jsx') : TYPESCRIPT.test(file) ? 'ts' : 'js');

/** @type {import('esbuild').Plugin} */
const nodeLoadable = {
  name: 'kb-node-loadable',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (isBuiltin(args.path) || args.pluginData === 'kb-resolving') return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'kb-resolving' });
      if (found.errors.length || !TYPESCRIPT.test(found.path)) return { path: args.path, external: true };
      return { path: found.path };
    });
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: loaderOf(args.path) };
    });
  },
};

/**
 * Where the bundles of builds in `root` are written (each named by its build's process).
 * @param {string} root the site's folder
 */
export const configBundleDir = (root) => path.join(root, 'node_modules/.cache/kb-build');

/**
 * Removes the bundles of builds that ended without removing theirs (interrupted), whose
 * processes are gone.
 * @param {string} dir
 */
function removeStale(dir) {
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const pid = Number(/^astro\.config\.(\d+)\.mjs$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH') fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

/**
 * Bundles `<root>/astro.config.mjs` into `configBundleDir(root)`, a file of
 * this process's own (builds of one folder may run side by side); the caller removes it.
 * Astro takes `--config` relative to the site's folder (it joins the two, even an absolute path).
 * @param {string} root the site's folder
 * @returns {Promise<{ file: string, ms: number }>}
 */
export async function bundleAstroConfig(root) {
  const started = performance.now();
  const dir = configBundleDir(root);
  removeStale(dir);
  const file = path.join(dir, `astro.config.${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'astro.config.mjs')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    plugins: [nodeLoadable],
    logLevel: 'silent',
  });
  return { file, ms: performance.now() - started };
}
