import type { IssuePath, SelIssue } from './errors.js';

/**
 * A JSON reader that can stop and resume: it reads a long text a bounded amount at a time, so a
 * caller on a browser's main thread can give the thread back between steps (for input and
 * painting) and measure the time itself. Pure: no clock, no DOM.
 */

/** Where JSON text stops being valid: a path-bearing issue with the line and column as well. */
export interface JsonSyntaxIssue extends SelIssue {
  /** The path of the array or object being read when the text broke off (`[]` at the top). */
  readonly path: IssuePath;
  readonly code: 'invalid-json';
  /** 1-based line (a line ends at `\n`, `\r\n` or `\r`). */
  readonly line: number;
  /** 1-based column, in characters as an editor counts them (a surrogate pair is one). */
  readonly column: number;
  /** Offset into the text, in UTF-16 code units. */
  readonly offset: number;
}

/** What one {@link JsonReader.step} achieved. */
export type JsonReadStep =
  | { readonly done: false }
  | { readonly done: true; readonly ok: true; readonly value: unknown }
  | { readonly done: true; readonly ok: false; readonly issue: JsonSyntaxIssue };

/** Reads one JSON text in steps; see {@link createJsonReader}. */
export interface JsonReader {
  /**
   * Reads on until at least `budget` more characters of the text have been consumed (a string,
   * number or literal is never split, so a step may read a little more), or the text ends.
   * Once done, every further call returns the same result.
   */
  step(budget?: number): JsonReadStep;
  /** How much of the text has been read, from 0 to 1. */
  readonly progress: number;
}

/** The characters read by a {@link JsonReader.step} given no budget: enough for well under a millisecond. */
export const JSON_READER_STEP = 16_384;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[\da-fA-F]{4}/y;
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const CONTROL = /[\u0000-\u001f]/;
const NUMBER_TAIL = /[\d.eE+-]/;
const SIMPLE_ESCAPES = '"\\/bfnrt';

// What may come next.
const VALUE = 0; // at the top, or after a colon
const ITEM = 1; // after a comma in an array
const FIRST_ITEM = 2; // after "["
const KEY = 3; // after a comma in an object
const FIRST_KEY = 4; // after "{"
const AFTER = 5; // after a value: a comma, a closing bracket or the end
type Expectation = typeof VALUE | typeof ITEM | typeof FIRST_ITEM | typeof KEY | typeof FIRST_KEY | typeof AFTER;

type Container = unknown[] | Record<string, unknown>;

/**
 * Starts reading `text` as JSON, exactly as strictly as `JSON.parse` and to the same value: the
 * same numbers and strings (escapes, lone surrogates, U+2028), the last of duplicate keys in the
 * place of the first, `__proto__` kept as an ordinary property (it never sets a prototype).
 * Nesting is followed without recursion, so no depth overflows the stack. A syntax error is
 * reported as a {@link JsonSyntaxIssue} saying what was expected, what was found, the line and
 * column, and the path of the array or object being read; nothing is thrown.
 *
 * Strings are found with `indexOf` and copied as slices, and only a string with a backslash is
 * decoded (by `JSON.parse` of that string alone), so reading costs little more than `JSON.parse`.
 *
 * @example
 * const reader = createJsonReader(text);
 * let result = reader.step();
 * while (!result.done) {
 *   await yieldToTheBrowser();
 *   result = reader.step();
 * }
 * if (result.ok) use(result.value);
 * else report(result.issue);
 */
export function createJsonReader(text: string): JsonReader {
  const length = text.length;
  /** Containers being read, outermost first; a finished one is added to its parent when it closes. */
  const open: Container[] = [];
  /** The key being read in each open object (unused for arrays). */
  const keys: string[] = [];
  let expect: Expectation = VALUE;
  let i = 0;
  let root: unknown;
  let result: JsonReadStep | undefined;
  // Where the next backslash is, found once and reused until passed.
  let nextBackslash = -1;

  const fail = (offset: number, expected: string): JsonReadStep => {
    let line = 1;
    let lineStart = 0;
    let column = 1;
    for (let k = 0; k < offset; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
        line++;
        lineStart = k + 1;
        column = 1;
      } else if (!((c & 0xfc00) === 0xdc00 && k > lineStart && (text.charCodeAt(k - 1) & 0xfc00) === 0xd800)) {
        // A low surrogate after a high one is the second half of one character.
        column++;
      }
    }
    const found =
      offset < length ? JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0)) : 'the end of the text';
    const path = open
      .map((container, depth) => (Array.isArray(container) ? container.length : (keys[depth] ?? '')))
      .slice(0, -1);
    return {
      done: true,
      ok: false,
      issue: {
        path,
        code: 'invalid-json',
        message: `Expected ${expected}, found ${found} at line ${line}, column ${column}`,
        line,
        column,
        offset,
      },
    };
  };

  /** Adds a finished value to the open container, or makes it the result at the top. */
  const put = (value: unknown): void => {
    expect = AFTER;
    const depth = open.length - 1;
    const target = open[depth];
    if (target === undefined) root = value;
    else if (Array.isArray(target)) target.push(value);
    else {
      const key = keys[depth] ?? '';
      // `__proto__` (and any key the prototype chain already has, possibly as a setter) is
      // defined as an own data property, as JSON.parse does; the rest are plain assignments.
      if (key in target)
        Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      else target[key] = value;
    }
  };

  /** Reads the string whose opening quote is at `i`; returns it, or a failed step. */
  const readString = (): string | JsonReadStep => {
    const from = i + 1;
    let end = text.indexOf('"', from);
    let badEscape = -1;
    if (nextBackslash < from && nextBackslash !== length) {
      nextBackslash = text.indexOf('\\', from);
      if (nextBackslash < 0) nextBackslash = length;
    }
    let escaped = false;
    let at = nextBackslash;
    while (at < (end < 0 ? length : end)) {
      escaped = true;
      const e = text.charAt(at + 1);
      let next = at + 2;
      if (e === 'u') {
        HEX4.lastIndex = at + 2;
        if (!HEX4.test(text)) {
          badEscape = at;
          break;
        }
        next = at + 6;
      } else if (e === '' || !SIMPLE_ESCAPES.includes(e)) {
        badEscape = at;
        break;
      }
      if (end >= 0 && end < next) end = text.indexOf('"', next);
      at = text.indexOf('\\', next);
      if (at < 0) at = length;
      nextBackslash = at;
    }
    const scanned = badEscape >= 0 ? badEscape : end < 0 ? length : end;
    // Checked on the string itself, so no step ever scans past the string it reads.
    const raw = text.slice(from, scanned);
    const control = CONTROL.exec(raw);
    if (control) {
      return fail(from + control.index, 'a string without raw control characters (write a line break as \\n)');
    }
    if (badEscape >= 0) {
      return fail(
        badEscape,
        text.charAt(badEscape + 1) === 'u'
          ? 'four hexadecimal digits after \\u in a string'
          : 'an escape such as \\" \\\\ \\n or \\u00e9 after a backslash in a string',
      );
    }
    if (end < 0) return fail(length, 'a closing double quote for the string');
    i = end + 1;
    return escaped ? (JSON.parse(text.slice(from - 1, i)) as string) : raw;
  };

  /** Reads a value starting at `i` (after whitespace); returns a failed step, or nothing. */
  const readValue = (c: number): JsonReadStep | undefined => {
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const isObject = c === 0x7b;
      open.push(isObject ? {} : []);
      keys.push('');
      i++;
      expect = isObject ? FIRST_KEY : FIRST_ITEM;
      return undefined;
    }
    if (c === 0x22 /* " */) {
      const string = readString();
      if (typeof string !== 'string') return string;
      put(string);
      return undefined;
    }
    const literal = c === 0x74 /* t */ ? 'true' : c === 0x66 /* f */ ? 'false' : 'null';
    if (text.startsWith(literal, i)) {
      i += literal.length;
      put(literal === 'null' ? null : literal === 'true');
      return undefined;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const matched = NUMBER.test(text);
      const end = NUMBER.lastIndex;
      if (!matched || NUMBER_TAIL.test(text.charAt(end))) {
        return fail(matched ? end : i + 1, 'a number such as 3, -0.5 or 1e3');
      }
      put(Number(text.slice(i, end)));
      i = end;
      return undefined;
    }
    const hint = c === 0x27 /* ' */ ? ' (JSON strings use double quotes)' : '';
    return fail(i, `a value: an object, array, string, number, true, false or null${hint}`);
  };

  /** Closes the innermost container and hands it to its parent. */
  const close = (): void => {
    i++;
    keys.pop();
    put(open.pop());
  };

  const step = (budget = JSON_READER_STEP): JsonReadStep => {
    if (result) return result;
    const stop = i + Math.max(1, budget);
    while (i < stop || (expect === AFTER && open.length === 0)) {
      let c = text.charCodeAt(i);
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
      let problem: JsonReadStep | undefined;
      if (expect === AFTER) {
        const top = open.at(-1);
        if (top === undefined) {
          result = i < length ? fail(i, 'the end of the text after the value') : { done: true, ok: true, value: root };
          return result;
        }
        const isArray = Array.isArray(top);
        if (c === 0x2c /* , */) {
          i++;
          expect = isArray ? ITEM : KEY;
        } else if (c === (isArray ? 0x5d : 0x7d)) close();
        else {
          problem = fail(
            i,
            `a comma or "${isArray ? ']' : '}'}" after ${isArray ? 'an array item' : 'a property value'}`,
          );
        }
      } else if ((expect === FIRST_ITEM && c === 0x5d) || (expect === FIRST_KEY && c === 0x7d)) {
        close();
      } else if (expect === KEY || expect === FIRST_KEY) {
        if (c !== 0x22) {
          const hint = expect === KEY && c === 0x7d ? ' (JSON allows no trailing comma)' : '';
          problem = fail(i, `a property name in double quotes${hint}`);
        } else {
          const key = readString();
          if (typeof key !== 'string') problem = key;
          else {
            keys[keys.length - 1] = key;
            c = text.charCodeAt(i);
            while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
            if (c !== 0x3a /* : */) problem = fail(i, 'a colon after the property name');
            else {
              i++;
              expect = VALUE;
            }
          }
        }
      } else if (expect === ITEM && c === 0x5d) {
        problem = fail(i, 'a value after the comma (JSON allows no trailing comma)');
      } else {
        problem = readValue(c);
      }
      if (problem) {
        result = problem;
        return result;
      }
    }
    return { done: false };
  };

  return {
    step,
    get progress() {
      return length === 0 ? 1 : Math.min(1, i / length);
    },
  };
}
