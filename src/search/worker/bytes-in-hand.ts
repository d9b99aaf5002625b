/**
 * A response whose bytes the worker already holds (the expanded metadata, an unzipped index
 * file), handed to Pagefind as it reads a response: `ok`, then `arrayBuffer()`. It has no
 * body to stream: read back through a Response's body, the 3.3 MB of metadata at 100,000
 * entries took Chromium about 50 ms.
 */
export class BytesInHand extends Response {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    super(null);
    this.#bytes = bytes;
  }

  /** The bytes' own buffer when they fill it (a response's body is read once), else a copy. */
  override arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#bytes;
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    return Promise.resolve(whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer);
  }
}
