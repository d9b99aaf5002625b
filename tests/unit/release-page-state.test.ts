/**
 * The workaround that lets a prerendered page's render state go once its response is made
 * still finds Astro's render call in the installed Astro, and lets go of what it should:
 * the page's locals (Starlight's route data kept in a getter's closure too), its render
 * result and its own fields, never the response; on-demand requests are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { expect, test } from 'vitest';
import { RELEASE_CODE, wrapRenderCall } from '../../src/build/release-page-state';
import { ROOT } from '../../scripts/support/root';

const astroApp = path.join(ROOT, 'node_modules/astro/dist/core/app/base.js');

test('the installed Astro has the render call, and the wrapped module is valid JavaScript', () => {
  const code = fs.readFileSync(astroApp, 'utf8');
  const changed = wrapRenderCall(code);
  expect(changed).toBeDefined();
  expect(changed).toMatch(/response = await kbHandleAndRelease\(\s*new FetchState\(/);
  expect(changed).not.toMatch(/response = await handleRequest\(\s*new FetchState\(/);
  expect(() => transformSync(changed!, { format: 'esm', loader: 'js' })).not.toThrow();
});

test('another module is left alone', () => {
  expect(wrapRenderCall('export const x = 1;')).toBeUndefined();
});

interface Released {
  kbHandleAndRelease: (state: object) => Promise<unknown>;
}

/** The code added to Astro's module, with a stand-in for Astro's handleRequest. */
function released(handleRequest: (state: object) => Promise<unknown>): Released {
  return new Function('handleRequest', `${RELEASE_CODE}\nreturn { kbHandleAndRelease };`)(handleRequest) as Released;
}

/** A page's state as Astro's FetchState has it, with a Starlight-like getter on its locals. */
function pageState(prerender: boolean) {
  const route = { routeData: { title: '条目' } as unknown };
  const locals: Record<string, unknown> = { t: () => '' };
  Object.defineProperty(locals, 'starlightRoute', {
    get: () => route.routeData,
    set: (value) => (route.routeData = value),
  });
  const result = { _metadata: { hasRenderedHead: true }, styles: new Set(['a']) };
  // a getter alone, as Astro's render result has for its response
  Object.defineProperty(result, 'response', { get: () => locals, configurable: true, enumerable: true });
  return { route, locals, result, state: { routeData: { prerender }, result, locals, props: { entry: {} } } };
}

test('after a prerendered page, its locals, render result and state hold nothing; the response is returned', async () => {
  const page = pageState(true);
  const response = new Response('<html></html>');
  const { kbHandleAndRelease } = released(async () => response);
  expect(await kbHandleAndRelease(page.state)).toBe(response);
  expect(page.route.routeData).toBeUndefined();
  expect(Object.values(page.locals).every((v) => v === undefined)).toBe(true);
  expect(page.result).toEqual({});
  expect(Object.getOwnPropertyDescriptor(page.result, 'response')).toBeUndefined();
  expect(Object.values(page.state).every((v) => v === undefined)).toBe(true);
  expect(await response.text()).toBe('<html></html>');
});

test('an on-demand request keeps its state (its response may still stream from it)', async () => {
  const page = pageState(false);
  const { kbHandleAndRelease } = released(async () => new Response(''));
  await kbHandleAndRelease(page.state);
  expect(page.route.routeData).toEqual({ title: '条目' });
  expect(page.result._metadata).toEqual({ hasRenderedHead: true });
  expect(page.state.props).toEqual({ entry: {} });
});

test('a render that fails lets nothing go', async () => {
  const page = pageState(true);
  const { kbHandleAndRelease } = released(async () => {
    throw new Error('render failed');
  });
  await expect(kbHandleAndRelease(page.state)).rejects.toThrow('render failed');
  expect(page.result._metadata).toEqual({ hasRenderedHead: true });
});
