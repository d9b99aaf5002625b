/**
 * A worker thread of the CSP step: applies the policies to its share of the pages and
 * reports how many. Loaded by Node itself (type stripping), hence the .ts in its imports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { applyToPages } from './apply.ts';

const { dist, pages } = workerData as { dist: string; pages: string[] };
applyToPages(dist, pages);
parentPort!.postMessage(pages.length);
