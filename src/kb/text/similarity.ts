/** How alike two texts are: the cosine of their counts of character pairs (bigrams of CJK text, letters and digits). */

export type Vector = Map<string, number>;

/** The character pairs of a text, counted; punctuation and spaces split it. */
export function bigramVector(text: string): Vector {
  const v: Vector = new Map();
  for (const run of text.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      v.set(g, (v.get(g) ?? 0) + 1);
    }
  }
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, n] of a) {
    na += n * n;
    dot += n * (b.get(g) ?? 0);
  }
  for (const n of b.values()) nb += n * n;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
