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

/** The module's id as the bundler gives it: its path, with or without a query. */
export function moduleId(module: RegExp): RegExp {
  return module.source.endsWith('$') ? new RegExp(`${module.source.slice(0, -1)}(?:\\?.*)?$`, module.flags) : module;
}

export function modulePatch({ name, module, change, warning, apply }: ModulePatch): Plugin {
  return {
    name,
    ...(apply ? { apply } : {}),
    enforce: 'pre',
    transform: {
      // A hook filter: the bundler calls the hook for this module alone, instead of handing
      // every module's code to JavaScript (about 800 modules a build, for each workaround).
      filter: { id: moduleId(module) },
      handler(code, id) {
        if (!module.test(id.split('?')[0]!)) return;
        const changed = change(code);
        if (changed === undefined) {
          this.warn(warning);
          return;
        }
        return { code: changed, map: null };
      },
    },
  };
}
