/**
 * Reads the answer of Pagefind's WebAssembly search (JSON text) for the result tail
 * (result-tail.ts) without parsing all of it: the first results and the fields around them
 * are parsed as JSON, the others read straight into columns. At 100,000 pages a common word's
 * answer is about a megabyte: thousands of results, each with an object for every word it
 * matched. Parsing it whole made all those objects only to copy three numbers out of them
 * (about 40–65 ms of a search in the worker, most of the time taken by the cut).
 *
 * The reading is strict: each result must be exactly as Pagefind's WebAssembly writes it
 * (pagefind_web/src/lib.rs), `{"p":"…","g":"…","s":<score>,"l":[{"w":<n>,"s":<n>,"l":<n>},…]}`,
 * with `,"mf":["…",…]` (the metadata fields it matched in) before the end when it has any,
 * its strings without escapes; anything else gives undefined, and the caller leaves the
 * answer whole to Pagefind's script.
 */
import type { ResultColumns } from '../client/result-columns';

/** An answer of the WebAssembly search, as JSON.parse gives it. */
export interface Answer {
  results?: unknown[];
  search_keywords?: unknown;
}

export interface ScannedAnswer {
  /** The answer with only its first results. */
  head: Answer;
  /** The other results, their scores as the WebAssembly gives them. */
  columns: ResultColumns;
  /** The first result's score. */
  firstScore: number;
}

const RESULTS = '"results":[';
const ID = '{"p":"';
const GROUP = '","g":"';
const SCORE = '","s":';
const LOCATIONS = ',"l":[';
const LOCATION = '{"w":';
const META_FIELDS = ',"mf":[';
const POSITION = ',"l":';
/** The shortest a result can be written (`{"p":"","g":"","s":0,"l":[]}`) and a location (`{"w":0,"s":0,"l":0}`), each with its comma. */
const SHORTEST_RESULT = 28;
const SHORTEST_LOCATION = 20;

const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const QUOTE = 0x22;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** Where the string that starts at `from` ends (its closing quote), or -1 if it holds an escape or does not end. */
function stringEnd(text: string, from: number): number {
  const end = text.indexOf('"', from);
  if (end < 0) return -1;
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === BACKSLASH) return -1;
  return end;
}

/** Where the array of strings that starts at `from` (after its `[`) ends (after its `]`), or -1 if it is not one or a string holds an escape. */
function stringsEnd(text: string, from: number): number {
  let at = from;
  if (text.charCodeAt(at) === CLOSE_ARRAY) return at + 1;
  for (;;) {
    if (text.charCodeAt(at) !== QUOTE) return -1;
    at = stringEnd(text, at + 1);
    if (at < 0) return -1;
    const next = text.charCodeAt(++at);
    if (next === CLOSE_ARRAY) return at + 1;
    if (next !== COMMA) return -1;
    at++;
  }
}

/** The non-negative integer written in text[from, to), or -1. */
function integer(text: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The answer's results after the first `after` in columns, and the answer with the first
 * `after` only. Null when it is not to be cut: it has no more than `after` results, their
 * scores do not come best first (ties in any order), or it has search keywords (Pagefind's
 * playground). Undefined when the text is not as expected.
 */
export function scanAnswer(text: string, after: number): ScannedAnswer | null | undefined {
  const open = text.indexOf(RESULTS);
  if (open < 0) return undefined;
  let at = open + RESULTS.length;
  const room = Math.ceil((text.length - at) / SHORTEST_RESULT) + 1;
  const scores = new Float64Array(room);
  const offsets = new Uint32Array(room + 1);
  const positions = new Uint32Array(Math.ceil((text.length - at) / SHORTEST_LOCATION) + 1);
  let ids = '';
  let count = 0;
  let located = 0;
  let firstScore = 0;
  let previous = Infinity;
  let headEnd = -1;
  if (text.charCodeAt(at) !== CLOSE_ARRAY) {
    for (;;) {
      if (!text.startsWith(ID, at)) return undefined;
      const idStart = at + ID.length;
      const idEnd = stringEnd(text, idStart);
      if (idEnd < 0 || !text.startsWith(GROUP, idEnd)) return undefined;
      const groupEnd = stringEnd(text, idEnd + GROUP.length);
      if (groupEnd < 0 || !text.startsWith(SCORE, groupEnd)) return undefined;
      const scoreEnd = text.indexOf(LOCATIONS, groupEnd + SCORE.length);
      if (scoreEnd <= groupEnd + SCORE.length) return undefined;
      const score = Number(text.slice(groupEnd + SCORE.length, scoreEnd));
      if (Number.isNaN(score)) return undefined;
      if (score > previous) return null;
      previous = score;
      if (count === 0) firstScore = score;
      at = scoreEnd + LOCATIONS.length;
      const tail = count >= after;
      if (text.charCodeAt(at) !== CLOSE_ARRAY) {
        for (;;) {
          // `{"w":<n>,"s":<n>,"l":<n>}`: numbers only, so its first `}` ends it.
          if (!text.startsWith(LOCATION, at)) return undefined;
          const close = text.indexOf('}', at);
          if (close < 0) return undefined;
          const position = text.lastIndexOf(POSITION, close);
          if (position <= at) return undefined;
          const word = integer(text, position + POSITION.length, close);
          if (word < 0) return undefined;
          if (tail) positions[located++] = word;
          at = close + 1;
          const next = text.charCodeAt(at);
          if (next === CLOSE_ARRAY) break;
          if (next !== COMMA) return undefined;
          at++;
        }
      }
      at++;
      if (text.startsWith(META_FIELDS, at)) {
        at = stringsEnd(text, at + META_FIELDS.length);
        if (at < 0) return undefined;
      }
      if (text.charCodeAt(at) !== CLOSE_OBJECT) return undefined;
      at++;
      if (tail) {
        const i = count - after;
        ids += `${text.slice(idStart, idEnd)}\n`;
        scores[i] = score;
        offsets[i + 1] = located;
      }
      count++;
      if (count === after) headEnd = at;
      const next = text.charCodeAt(at);
      if (next === CLOSE_ARRAY) break;
      if (next !== COMMA) return undefined;
      at++;
    }
  }
  if (count <= after) return null;
  const head = JSON.parse(`${text.slice(0, headEnd)}]${text.slice(at + 1)}`) as Answer;
  if (head.results?.length !== after) return undefined;
  if (head.search_keywords !== undefined) return null;
  const tailCount = count - after;
  return {
    head,
    columns: { ids, scores: scores.slice(0, tailCount), offsets: offsets.slice(0, tailCount + 1), positions: positions.slice(0, located) },
    firstScore,
  };
}
