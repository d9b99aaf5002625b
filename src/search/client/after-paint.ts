/**
 * Runs `fn` once the next frame has been painted: for work the reader does not see (writing
 * the address), so that it does not hold up the results on screen.
 */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Resolves once the next frame has been painted. */
export const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));
