/**
 * A minimal reproduction of a V8 behaviour (Node 24): whatever the closure of a getter
 * written in an object literal holds survives every young-generation collection and is
 * promoted to the old generation, to be freed only by a full collection; a plain property
 * or a method in the same literal does not do this. Astro makes such literals for every page
 * (the `Astro` global's prototype, the result's `response`, the action context), closing over
 * the page's render state, and Starlight defines `locals.starlightRoute` with a getter per page.
 * Turning some of them into prototype accessors changed nothing (a 1,000-entry build still
 * promoted 183–189 KiB per page against 191 KiB): the others still held the same state. What
 * the build does instead (src/build/release-page-state.ts) is the last row here: once the
 * page is made, the objects the closures hold are emptied, so that what they keep alive is
 * small (PERFORMANCE.md, “Astro 和 Starlight 每页的渲染成本”).
 *
 * Each of six rounds makes 2,000 objects that reference about 1 KB each, then drops them and
 * asks for a young-generation collection; printed: the bytes all young-generation collections
 * promoted over the run, in all and per object made.
 *
 * Usage: npx tsx scripts/bench/accessor-retention.ts
 */
import { spawnSync } from 'node:child_process';

const ROUNDS = 6;
const PER_ROUND = 2000;
const ROUND = `
const mode = process.argv[1];
let sum = 0;
for (let round = 0; round < ${ROUNDS}; round++) {
  for (let i = 0; i < ${PER_ROUND}; i++) {
    const payload = { list: new Array(100).fill(i) };
    const holder =
      mode === 'getter' || mode === 'emptied' ? { payload, get value() { return payload; } }
      : mode === 'method' ? { payload, value() { return payload; } }
      : { payload, value: 1 };
    sum += holder.payload.list.length;
    if (mode === 'emptied') payload.list = undefined;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc({ type: 'minor' });
}
`;

console.log('| the object literal has | promoted by the young-generation collections | per object |');
console.log('| --- | --- | --- |');
for (const mode of ['a plain property', 'a method', 'a getter', 'a getter, what it holds emptied']) {
  const run = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--trace-gc-nvp', '--input-type=module', '-e', ROUND, mode.split(' ').at(-1)!], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const promoted = [...run.stdout.matchAll(/\bgc=s\b.*?\bpromoted=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  console.log(`| ${mode} | ${(promoted / 1024).toFixed(0)} KiB | ${(promoted / (ROUNDS * PER_ROUND)).toFixed(0)} bytes |`);
}
