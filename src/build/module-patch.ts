/**
 * A Vite plugin that changes one dependency module for a workaround (starlight-page-schema.ts,
 * release-page-state.ts): `change` returns the new code, or undefined when the module no
 * longer has what the workaround changes; the build then warns and keeps the module as it is.
 */
import type { Plugin } from 'vite';

export interface ModulePatch {
  name: string;
  /** The module's path (without a query). */
  module: RegExp;
  change: (code: string) => string | undefined;
  /** Said when `change` finds nothing to change. */
  warning: string;
  apply?: Plugin['apply'];
}

export function modulePatch({ name, module, change, warning, apply }: ModulePatch): Plugin {
  return {
    name,
    ...(apply ? { apply } : {}),
    enforce: 'pre',
    transform(code, id) {
      if (!module.test(id.split('?')[0]!)) return;
      const changed = change(code);
      if (changed === undefined) {
        this.warn(warning);
        return;
      }
      return { code: changed, map: null };
    },
  };
}
