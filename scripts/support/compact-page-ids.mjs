// @ts-check
/**
 * Shorter page ids in a Pagefind bundle. Pagefind's metadata file, which every first search
 * downloads in full, lists every page by its fragment's hash (`zh-cn_8eb295f`): seven random
 * hex digits that gzip cannot shrink, about 6 of its 7 bytes per page once gzipped, 660 KiB of
 * a first search's 900 KiB at 100,000 pages (scripts/bench/pagefind-meta.ts). Here each page's
 * id becomes its number in base 36 under the metadata's own hash (`zh-cn_bf82afbed75ad/7ps`),
 * a prefix gzip repeats almost for free, and its fragment moves to that name
 * (`fragment/zh-cn_bf82afbed75ad/7ps.pf_fragment`), where Pagefind's own `data()` and ours
 * (pagefind-files.ts) read it as before. The metadata keeps its name, made from its contents
 * (pages' fragment hashes included; by Pagefind, or anew when the pages were renumbered:
 * reorder-pages.mjs): a changed page gives a new name, so the
 * fragment folder under it never holds an older page's fragment and can be cached for good.
 * Nothing else changes: the word index and filter chunks name pages by number. Beside the
 * metadata goes its compact form (compact-meta.mjs), which the site's search reads instead.
 */
import { Cbor } from '../../src/search/client/pagefind-cbor.ts';
import { bundleFiles } from './bundle-files.mjs';
import { head, text } from './cbor-write.mjs';
import { compactMeta, compactMetaFile } from './compact-meta.mjs';
import { ENTRY_FILE, metaPage, pack, unpack } from './pagefind-file.mjs';

/**
 * Rewrites the bundle (a `pagefind/` folder, or its files: bundle-files.mjs) in place.
 * @param {string | import('./bundle-files.mjs').BundleFiles} bundle
 * @returns {{ pages: number, metaBefore: number, metaAfter: number, compactMeta: number }} pages renamed, gzipped metadata bytes before and after, and of its compact form
 */
export function compactPageIds(bundle) {
  const files = bundleFiles(bundle);
  const entry = JSON.parse(files.read(ENTRY_FILE).toString('utf8'));
  const total = { pages: 0, metaBefore: 0, metaAfter: 0, compactMeta: 0 };
  for (const { hash } of /** @type {{ hash: string }[]} */ (Object.values(entry.languages))) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    const served = files.read(metaFile);
    const { bytes, renamed } = withPageIds(unpack(served, metaFile), (i) => `${hash}/${i.toString(36)}`);
    for (const [from, to] of renamed) files.rename(`fragment/${from}.pf_fragment`, `fragment/${to}.pf_fragment`);
    const packed = pack(bytes);
    files.write(metaFile, packed);
    const compact = pack(compactMeta(bytes, `${hash}/`));
    files.write(compactMetaFile(metaFile), compact);
    total.pages += renamed.length;
    total.metaBefore += served.length;
    total.metaAfter += packed.length;
    total.compactMeta += compact.length;
  }
  return total;
}

/**
 * The metadata's CBOR with each page's hash replaced by `idOf(its number)`, and the renames
 * made: [old id, new id] in page order. The metadata is an array of the generator's version,
 * the pages ([hash, word count, fragment group]), then the index chunks, filters and sorts,
 * copied as they are (pagefind_web/src/metadata.rs).
 * @param {Buffer} cbor
 * @param {(page: number) => string} idOf
 * @returns {{ bytes: Buffer, renamed: [string, string][] }}
 */
export function withPageIds(cbor, idOf) {
  const r = new Cbor(cbor);
  r.array(); // the metadata
  r.skip(); // the generator's version
  const before = r.offset;
  const count = r.array();
  /** @type {Uint8Array[]} */
  const out = [cbor.subarray(0, before), head(4, count)];
  /** @type {[string, string][]} */
  const renamed = [];
  for (let i = 0; i < count; i++) {
    const { fields, hash, rest } = metaPage(r, cbor);
    const id = idOf(i);
    renamed.push([hash, id]);
    out.push(head(4, fields), text(id), rest);
  }
  out.push(cbor.subarray(r.offset));
  return { bytes: Buffer.concat(out), renamed };
}
