import type { APIRoute } from 'astro';
import { getKb } from '../../load/astro';
import { ENTRY_FIELDS, entryRecords, toCsv } from '../../views/export';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKb();
  return new Response(toCsv(entryRecords(kb, String(site)), ENTRY_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
