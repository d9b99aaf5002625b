/**
 * The build's content-sync dev server pre-bundles nothing (src/build/no-prebundle.ts): in
 * Vite's own resolution of a config whose plugins list dependencies to pre-bundle, for the
 * whole config and each environment; `astro dev` and Vite's build keep their lists.
 */
import { resolveConfig, type Plugin } from 'vite';
import { expect, test } from 'vitest';
import { noPrebundle, noPrebundleWithoutBrowser } from '../../src/build/no-prebundle';

/** Lists dependencies as Astro's dev-toolbar and environment plugins do: in `config` and, for the client, in `configEnvironment`. */
const listing: Plugin = {
  name: 'lists-deps',
  config: () => ({ optimizeDeps: { include: ['astro > aria-query'] } }),
  configEnvironment: (name) => (name === 'client' ? { optimizeDeps: { include: ['astro > html-escaper'] } } : undefined),
};

const resolved = (command: 'serve' | 'build', plugins: Plugin[]) => resolveConfig({ configFile: false, logLevel: 'silent', plugins }, command);

test('a dev server with the plugin pre-bundles nothing, in any environment', async () => {
  const config = await resolved('serve', [noPrebundle(), listing]);
  expect(config.optimizeDeps.include).toEqual([]);
  expect(config.optimizeDeps.noDiscovery).toBe(true);
  expect(Object.keys(config.environments)).toContain('client');
  for (const [name, environment] of Object.entries(config.environments)) {
    expect(environment.optimizeDeps.include ?? [], name).toEqual([]);
    expect(environment.optimizeDeps.noDiscovery, name).toBe(true);
  }
});

test('without the plugin the same config pre-bundles what it lists (the test can tell)', async () => {
  const config = await resolved('serve', [listing]);
  expect(config.optimizeDeps.include).toContain('astro > aria-query');
  expect(config.environments.client!.optimizeDeps.include).toContain('astro > html-escaper');
});

test("Vite's build keeps its lists", async () => {
  const config = await resolved('build', [noPrebundle(), listing]);
  expect(config.optimizeDeps.include).toContain('astro > aria-query');
});

test('the integration adds the plugin in astro build and astro sync, not in astro dev or preview', () => {
  const added = (command: string) => {
    const updates: unknown[] = [];
    const setup = noPrebundleWithoutBrowser().hooks['astro:config:setup'] as (options: { command: string; updateConfig: (u: unknown) => void }) => void;
    setup({ command, updateConfig: (update) => updates.push(update) });
    return updates.flatMap((u) => (u as { vite: { plugins: Plugin[] } }).vite.plugins.map((p) => p.name));
  };
  expect(added('build')).toEqual(['kb-no-prebundle']);
  expect(added('sync')).toEqual(['kb-no-prebundle']);
  expect(added('dev')).toEqual([]);
  expect(added('preview')).toEqual([]);
});
