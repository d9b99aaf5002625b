/**
 * A child process's output, its stdout and stderr together, line by line in the order it
 * arrives, each line with the seconds since `started` at which the bench received it: the
 * times of the build log's lines to the millisecond, where Astro prints them to the second.
 */
import type { Readable } from 'node:stream';

export class ArrivedLines {
  readonly lines: string[] = [];
  /** Seconds since `started`, one per line. */
  readonly arrivals: number[] = [];

  constructor(private readonly started: bigint = process.hrtime.bigint()) {}

  /** Takes a stream's output as it comes; a line is taken when its end has come. */
  follow(stream: Readable): void {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop()!;
      const at = this.now();
      for (const line of parts) this.add(line, at);
    });
    stream.on('end', () => {
      if (partial) this.add(partial, this.now());
    });
  }

  get text(): string {
    return this.lines.join('\n');
  }

  private now(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  private add(line: string, at: number): void {
    this.lines.push(line);
    this.arrivals.push(at);
  }
}
