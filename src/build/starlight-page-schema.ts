/**
 * A workaround for a per-page cost of Starlight 0.42: `<StarlightPage>` builds its whole
 * frontmatter schema (Zod: the docs schema, hero, icons, head…) anew for every page it
 * renders, before validating the page's frontmatter with it. The schema depends on nothing
 * of the page, so this Vite plugin makes Starlight build it once per build and reuse it
 * (at 10,000 entries about 0.3 ms a page: the largest part of StarlightPage's own time in
 * a profile of the build). If Starlight's code changes so that the line is not found, the
 * plugin warns and leaves the file as it is (tests/unit/starlight-page-schema.test.ts).
 */
import type { Plugin } from 'vite';
import { modulePatch } from './module-patch';

export const STARLIGHT_PAGE_MODULE = /@astrojs\/starlight\/dist\/utils\/starlight-page\.js$/;
const SCHEMA_LINE = /^(\s*const schema = await )(StarlightPageFrontmatterSchema\(.*\));$/m;

/** Starlight's module with the schema built once; undefined if the line is not there. */
export function memoizeSchema(code: string): string | undefined {
  if (!SCHEMA_LINE.test(code)) return undefined;
  return `let kbPageSchema;\n${code.replace(SCHEMA_LINE, '$1(kbPageSchema ??= $2);')}`;
}

export const starlightPageSchemaOnce = (): Plugin =>
  modulePatch({
    name: 'kb-starlight-page-schema-once',
    module: STARLIGHT_PAGE_MODULE,
    change: memoizeSchema,
    warning: 'Starlight’s starlight-page.js no longer has the line this workaround changes; the frontmatter schema is built for every page again.',
  });
