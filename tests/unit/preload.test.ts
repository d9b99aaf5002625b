/** Module preloads: which modules a page's scripts need before they run, read from the built scripts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parsePage } from '../../src/build/html';
import { ModuleGraph, modulePreloads, staticImports } from '../../src/build/preload';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'preload-'));
const write = (file: string, code: string) => {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), code);
};
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('module preloads', () => {
  test('reads static imports as a bundler writes them, resolved against the script, and leaves out imports on demand', () => {
    const code = 'import{a as e,b as t}from"./prepare.X1.js";import"../lib/side.js";import{c}from"/_astro/abs.js";var n=()=>import("./facet-index.X2.js");const s="import x from \'./not-code.js\'";';
    expect(staticImports(code, '/_astro/page.js')).toEqual(['/_astro/prepare.X1.js', '/lib/side.js', '/_astro/abs.js']);
  });

  test('follows imports of imports once each, without the page’s own scripts, in the order found', () => {
    write('_astro/header.js', 'import{a}from"./shared.js";import{b}from"./search.js";');
    write('_astro/search.js', 'import{a}from"./shared.js";import{u}from"./util.js";const l=()=>import("./lazy.js");');
    write('_astro/shared.js', 'import{u}from"./util.js";export const a=1;');
    write('_astro/util.js', 'export const u=1;');
    write('_astro/lazy.js', 'import{u}from"./util.js";');
    const graph = new ModuleGraph(dist);
    expect(graph.needs(['/_astro/header.js', '/_astro/search.js'])).toEqual(['/_astro/shared.js', '/_astro/util.js']);
    expect(graph.needs(['/_astro/util.js'])).toEqual([]);
    // a script that is not there needs nothing (the link gate reports it)
    expect(graph.needs(['/_astro/missing.js'])).toEqual([]);
  });

  test('gives a page one link per module its module scripts need, and none to a page without them', () => {
    write('_astro/a.js', 'import{x}from"./chunk.js";');
    write('_astro/b.js', 'import{x}from"./chunk.js";');
    write('_astro/chunk.js', 'export const x=1;');
    const graph = new ModuleGraph(dist);
    const page = parsePage('<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/_astro/a.js"></script></head><body><script type="module" src="/_astro/b.js"></script><script src="/_astro/classic.js"></script></body></html>');
    expect(modulePreloads(page, graph)).toBe('<link rel="modulepreload" href="/_astro/chunk.js">');
    expect(modulePreloads(parsePage('<!doctype html><html><head><meta charset="utf-8"></head><body><p>文字</p></body></html>'), graph)).toBe('');
  });
});
