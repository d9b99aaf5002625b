import type { APIRoute } from 'astro';
import { getKb } from '../../load/astro';
import { planRecords } from '../../views/export';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKb();
  return new Response(JSON.stringify(planRecords(kb, String(site)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
