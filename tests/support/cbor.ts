/** CBOR of the values, as Pagefind writes its files: arrays, text strings and unsigned integers, each with the shortest head. */
export function encodeCbor(value: unknown): number[] {
  const head = (major: number, n: number): number[] => {
    if (n < 24) return [(major << 5) | n];
    const size = n < 0x100 ? 1 : n < 0x10000 ? 2 : 4;
    const bytes = Array.from({ length: size }, (_, i) => Math.floor(n / 256 ** (size - 1 - i)) % 256);
    return [(major << 5) | (size === 1 ? 24 : size === 2 ? 25 : 26), ...bytes];
  };
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const items = value as unknown[];
  return [...head(4, items.length), ...items.flatMap(encodeCbor)];
}

/** Any CBOR Pagefind writes, decoded: integers (negative ones too), text, byte strings and arrays. */
export function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const read = (): unknown => {
    const first = bytes[at++]!;
    const [major, info] = [first >> 5, first & 0x1f];
    let n = info;
    if (info >= 24) {
      const size = 2 ** (info - 24);
      n = 0;
      for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    }
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const s = bytes.subarray(at, (at += n));
      return major === 3 ? new TextDecoder().decode(s) : [...s];
    }
    if (major === 4) return Array.from({ length: n }, read);
    throw new Error(`CBOR: unsupported item ${first} at ${at - 1}`);
  };
  const value = read();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the item`);
  return value;
}
