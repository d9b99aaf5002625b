/**
 * In `astro dev`, a page is replaced by the list of content mistakes while there are any,
 * in the same words as the build's, instead of an old value shown without a word or a
 * stack trace. The files are checked on disk (src/load/fs.ts), so the list follows every
 * save at once; the build stops on the same mistakes (src/load/astro.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { devContent } from './load/dev';
import { devErrorPage } from './build/dev-error-page';

export const onRequest = defineMiddleware(async (_context, next) => {
  const errors = import.meta.env.DEV ? devContent().errors : [];
  if (errors.length === 0) return next();
  return new Response(devErrorPage(errors), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
