import type { APIRoute } from 'astro';
import { getKb } from '../../load/astro';
import { toCsv } from '../../views/export';
import { FIGURE_FIELDS, figureRows } from '../../views/figures';

export const GET: APIRoute = async () => {
  const kb = await getKb();
  return new Response(toCsv(figureRows(kb), FIGURE_FIELDS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
