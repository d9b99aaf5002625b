import type { APIRoute, GetStaticPaths } from 'astro';
import { getKb } from '../../load/astro';

/** Each source report's extracted text as received (the text the site is checked against), for download. */
export const getStaticPaths = (async () => (await getKb()).sources.map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const report = (await getKb()).sourceText(params.id!);
  return new Response(report, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
