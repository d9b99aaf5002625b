import type { APIRoute } from 'astro';
import { getKb } from '../load/astro';
import { searchData } from '../search/data';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(searchData(await getKb())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
