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
