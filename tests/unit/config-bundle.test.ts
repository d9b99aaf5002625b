/**
 * The Astro config bundled for Node (scripts/support/config-bundle.mjs): what it still
 * imports must be what Node loads by itself from node_modules, and the site's modules in it
 * keep their own locations.
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleAstroConfig } from '../../scripts/support/config-bundle.mjs';
import { ROOT } from '../support/corpus';

let file: string;
let text: string;
beforeAll(async () => {
  file = (await bundleAstroConfig(ROOT)).file;
  text = fs.readFileSync(file, 'utf8');
  await init;
});
afterAll(() => fs.rmSync(file, { force: true }));

/** A package's name in a bare import (`@scope/name/sub` → `@scope/name`). */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

test('imports only Node built-ins and packages that publish JavaScript, the config’s own packages among them', () => {
  const [imports] = parse(text);
  const specifiers = [...new Set(imports.map((i) => i.n).filter((n): n is string => n !== undefined))];
  expect(specifiers.filter((s) => s.startsWith('.') || s.startsWith('/'))).toEqual([]);
  const packages = specifiers.filter((s) => !isBuiltin(s));
  expect(packages).toEqual(expect.arrayContaining(['astro/config', '@astrojs/starlight']));
  const typescript = packages.filter((s) => /\.[cm]?tsx?$/.test(s) || fs.existsSync(path.join(ROOT, 'node_modules', packageOf(s), 'index.ts')));
  expect(typescript).toEqual([]);
});

test('bundles starlight-links-validator, which publishes TypeScript', () => {
  const validator = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/starlight-links-validator/package.json'), 'utf8')) as { exports: Record<string, string> };
  expect(Object.values(validator.exports).some((target) => /\.tsx?$/.test(target))).toBe(true);
  expect(text).toContain('starlight-links-validator');
  expect(text).not.toContain('import.meta.url');
});

test('keeps each bundled module’s import.meta.url: its own file’s, not the bundle’s', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'config-bundle-'));
  try {
    fs.mkdirSync(path.join(site, 'src'));
    fs.writeFileSync(path.join(site, 'src/beside.ts'), 'export const beside = new URL(\'./worker.ts\', import.meta.url);\n');
    fs.writeFileSync(path.join(site, 'astro.config.mjs'), "import { beside } from './src/beside';\nexport default { beside };\n");
    const bundled = fs.readFileSync((await bundleAstroConfig(site)).file, 'utf8');
    expect(bundled).not.toContain('import.meta.url');
    expect(bundled).toContain(JSON.stringify(pathToFileURL(path.join(site, 'src/beside.ts')).href));
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('removes a bundle left by a build that ended without removing it, and keeps one of a running process', async () => {
  const dir = path.dirname(file);
  const gone = path.join(dir, 'astro.config.2147483646.mjs'); // no such process
  const running = path.join(dir, `astro.config.${process.ppid}.mjs`);
  fs.writeFileSync(gone, '');
  fs.writeFileSync(running, '');
  try {
    const again = await bundleAstroConfig(ROOT);
    expect(again.file).toBe(file);
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
  } finally {
    fs.rmSync(gone, { force: true });
    fs.rmSync(running, { force: true });
  }
});
