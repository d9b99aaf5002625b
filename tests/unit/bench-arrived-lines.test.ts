/** The bench reads a build's output line by line as it arrives, stdout and stderr together, each line with its time. */
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { ArrivedLines } from '../../scripts/bench/arrived-lines';

test('lines of both streams in the order they came, each with when it came, a line cut across writes taken whole', async () => {
  // Each write 150 ms after the one before it (chained, so that a slow start cannot bunch them).
  const script = [
    "const later = (f) => setTimeout(f, 150);",
    "process.stdout.write('one\\nt');",
    "later(() => { process.stdout.write('wo 湘\\n');",
    "  later(() => { process.stderr.write('three\\n');",
    "    later(() => process.stdout.write('four, with no end of line')); }); });",
  ].join('\n');
  const output = new ArrivedLines();
  const child = spawn(process.execPath, ['-e', script]);
  output.follow(child.stdout);
  output.follow(child.stderr);
  await new Promise((resolve) => child.on('close', resolve));
  expect(output.lines).toEqual(['one', 'two 湘', 'three', 'four, with no end of line']);
  expect(output.text).toBe('one\ntwo 湘\nthree\nfour, with no end of line');
  const [a, b, c, d] = output.arrivals as [number, number, number, number];
  expect(b - a).toBeGreaterThan(0.1);
  expect(c - b).toBeGreaterThan(0.1);
  expect(d - c).toBeGreaterThan(0.1);
});
