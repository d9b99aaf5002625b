/** Serves a built site (static-server.ts) until killed, printing its address: `tsx serve-static-main.ts <dir>`. */
import { serveStatic } from './static-server';

const root = process.argv[2];
if (!root) throw new Error('usage: serve-static-main.ts <built site>');
const server = await serveStatic(root);
console.log(server.url);
