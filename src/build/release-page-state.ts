/**
 * A workaround for a per-page cost of Astro 7's build: once a prerendered page's response is
 * made (its HTML complete, as a string: the build does not stream), nothing reads the page's
 * render state again, yet the young-generation garbage collector keeps most of it alive
 * until the next full collection. Astro gives each page objects with getters (the `Astro`
 * global's prototype, the render result's `response`, the API contexts) and Starlight a
 * getter for `locals.starlightRoute`; V8 allocates a getter's accessor pair in the old
 * generation, and a scavenge treats every old-to-young pointer as live, dead or not
 * (scripts/bench/accessor-retention.ts). The getters' closures hold the page's state, the
 * state holds the whole render, so every page's objects were copied once and then promoted
 * (about 190 KiB a page at 1,000 entries) before dying.
 *
 * This Vite plugin wraps the call in Astro's app (core/app/base.js) that renders a request:
 * after a prerendered page's response is made, the page's state, its render result and its
 * locals let go of what they hold (`kbReleasePageState`), so that the closures still pointed
 * at hold nothing. Built pages are byte for byte the same (checked on a 1,000-entry build).
 * If Astro's code changes so that the call is not found, the plugin warns and leaves the
 * file as it is (tests/unit/release-page-state.test.ts).
 */
import type { Plugin } from 'vite';
import { modulePatch } from './module-patch';

export const ASTRO_APP_MODULE = /astro\/dist\/core\/app\/base\.js$/;
const RENDER_CALL = /(response = await )handleRequest(\(\s*new FetchState\()/;
/**
 * Added to Astro’s module (plain JavaScript, as Astro ships it). `kbReleasePageState(state)`:
 * what a prerendered page's state holds, let go once its response is made: its locals
 * (through their setters too: Starlight's `starlightRoute` keeps the page's route data in
 * its closure), its render result and its own fields; each set to undefined, or deleted
 * where it cannot be set. Other requests (on-demand routes) are left alone: their response may
 * still be streaming from that state.
 */
export const RELEASE_CODE = `
function kbReleaseObject(object) {
  if (!object || typeof object !== 'object') return;
  for (const key of Reflect.ownKeys(object)) {
    // only what cannot be set (a getter alone) is deleted: deleting every property turned
    // each object into a dictionary first (1,000 entries: this code's time 70 -> 20 ms)
    try { if (!Reflect.set(object, key, undefined)) delete object[key]; } catch {}
  }
}
function kbReleasePageState(state) {
  if (state.routeData?.prerender !== true) return;
  kbReleaseObject(state.locals);
  kbReleaseObject(state.result);
  for (const key of Object.keys(state)) {
    try { state[key] = undefined; } catch {}
  }
}
async function kbHandleAndRelease(state) {
  const response = await handleRequest(state);
  kbReleasePageState(state);
  return response;
}
`;

/** Astro's app module with its render call wrapped; undefined if the call is not there. */
export function wrapRenderCall(code: string): string | undefined {
  if (!RENDER_CALL.test(code)) return undefined;
  return code.replace(RENDER_CALL, '$1kbHandleAndRelease$2') + RELEASE_CODE;
}

export const releasePageStateAfterRender = (): Plugin =>
  modulePatch({
    name: 'kb-release-page-state',
    apply: 'build',
    module: ASTRO_APP_MODULE,
    change: wrapRenderCall,
    warning: 'Astro’s core/app/base.js no longer has the render call this workaround wraps; each page’s render state is kept until a full garbage collection again.',
  });
