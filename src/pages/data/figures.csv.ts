import type { APIRoute } from 'astro';
import { getKb } from '../../load/astro';
import { figureRecords, toCsv } from '../../views/export';
import { FIGURE_FIELDS } from '../../views/figures';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKb();
  return new Response(toCsv(figureRecords(kb, String(site)), FIGURE_FIELDS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
