/** Reading Pagefind's index files: unzipping them, and their CBOR in the item sizes a large site needs (page numbers past 65,535, long and non-ASCII strings). */
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { Cbor, decodeFilterChunk } from '../../src/search/client/pagefind-cbor';
import { unpack } from '../../src/search/client/pagefind-files';
import { encodeCbor as encode } from '../support/cbor';

describe('Pagefind index files', () => {
  test('reads numbers of every size and strings short and long, ASCII or not', () => {
    const long = '长株潭'.repeat(30) + 'x'.repeat(70);
    const r = new Cbor(Uint8Array.from(encode([[0, 23, 24, 255, 256, 65_535, 65_536, 112_110], 'zh-cn_0105e49', '湘潭', long, 'y'.repeat(100)])));
    expect(r.array()).toBe(5);
    const n = r.array();
    expect(Array.from({ length: n }, () => r.uint())).toEqual([0, 23, 24, 255, 256, 65_535, 65_536, 112_110]);
    expect([r.string(), r.string(), r.string(), r.string()]).toEqual(['zh-cn_0105e49', '湘潭', long, 'y'.repeat(100)]);
  });

  test('reads a filter chunk: each value with its pages, skipping fields it does not know', () => {
    const chunk = decodeFilterChunk(Uint8Array.from(encode(['城市', [['长沙', [0, 70_000]], ['湘潭', [5], 'later field']]])));
    expect(chunk.name).toBe('城市');
    expect([...chunk.values].map(([v, pages]) => [v, [...pages]])).toEqual([['长沙', [0, 70_000]], ['湘潭', [5]]]);
  });

  test('says what it expected when the bytes are not what Pagefind writes', () => {
    expect(() => new Cbor(Uint8Array.from(encode('文本'))).array()).toThrow(/expected an array/);
  });

  test('unzips a file as served, or takes it as it is when the server already did, and fails on a broken one', async () => {
    const file = new TextEncoder().encode('pagefind_dcd' + '{"url":"/entries/xt-001/"}'.repeat(2000));
    const zipped = new Uint8Array(zlib.gzipSync(file));
    const body = new TextDecoder().decode(file.subarray(12));
    expect(new TextDecoder().decode(await unpack(zipped, 'a.pf_fragment'))).toBe(body);
    expect(new TextDecoder().decode(await unpack(file.slice(), 'a.pf_fragment'))).toBe(body);
    await expect(unpack(zipped.slice(0, zipped.length / 2), 'b.pf_fragment')).rejects.toThrow(/^b.pf_fragment: /);
    await expect(unpack(new TextEncoder().encode('<!doctype html>'), 'c.pf_fragment')).rejects.toThrow(/c.pf_fragment: not a Pagefind index file/);
  });
});
