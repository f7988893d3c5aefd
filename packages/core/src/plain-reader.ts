import { SelValidationError } from './errors.js';
import type { IssuePath, ParseResult, SelIssue } from './errors.js';

// The pieces of a plain-code reader that gives what a zod/mini schema gives, for data a page reads
// on every load (a rubric and its assessments): the same verdict, the same value and the same
// issues, without zod in the page. Each piece follows zod 4's rules: an object keeps only the keys
// of its shape, a problem with a value's type stops the checks after it (a length check stops only
// at an explicit stop, as z.int's on a fraction), and a type problem without a message of the
// schema's own reads as zod's English ("Invalid input: expected string, received number").
// The readers' property tests hold them to the schemas.

/** A problem as zod records it while reading: the issue, and whether checks after it still run. */
interface Found {
  readonly path: IssuePath;
  readonly message: string;
  readonly code: string;
  /** `true`: later checks run; `undefined`: they stop (all but length checks); `false`: all stop. */
  readonly continues: boolean | undefined;
}

/** A plain object or array, as zod's `isObject` takes it; arrays are told apart by the caller. */
export type Fields = Readonly<Record<PropertyKey, unknown>>;

/** The problems found so far while reading one document. */
export class PlainReading {
  readonly #found: Found[] = [];

  /** How many problems were found so far: where a part of the document starts its own. */
  get mark(): number {
    return this.#found.length;
  }

  /**
   * Records a problem at `path`. The path is copied: the list and object readers hand their items
   * one path each, rewritten from item to item.
   */
  add(path: IssuePath, code: string, message: string, continues?: boolean): void {
    this.#found.push({ path: [...path], code, message, continues });
  }

  /** A value of the wrong type, with the schema's own message or zod's English. */
  wrongType(path: IssuePath, expected: string, input: unknown, message?: string): void {
    this.add(path, 'invalid_type', message ?? `Invalid input: expected ${expected}, received ${receivedName(input)}`);
  }

  /**
   * Whether a problem since `mark` stops the checks of the part that started there, or, `outright`,
   * even its length checks (zod's explicit abort).
   */
  stopped(mark: number, outright = false): boolean {
    const found = this.#found;
    for (let at = mark; at < found.length; at++) {
      const { continues } = found[at] as Found;
      if (outright ? continues === false : continues !== true) return true;
    }
    return false;
  }

  /** `value` when nothing was found, else every problem as a `SelValidationError` about `subject`. */
  result<T>(subject: string, value: T): ParseResult<T> {
    if (this.#found.length === 0) return { ok: true, value };
    const issues: SelIssue[] = this.#found.map(({ path, message, code }) => ({ path, message, code }));
    return { ok: false, error: new SelValidationError(subject, issues) };
  }
}

/** What zod's English messages call the type of `input`. */
function receivedName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object' && Object.getPrototypeOf(input) !== Object.prototype) {
    const made = (input as { readonly constructor?: { readonly name?: unknown } }).constructor;
    if ('constructor' in input && made) return String(made.name);
  }
  return typeof input;
}

/** An object that is not an array (zod's `isObject`). */
export function isFields(input: unknown): input is Fields {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** An object made by `{}`, `Object.create(null)` or `JSON.parse`, not a class instance (zod's `isPlainObject`). */
export function isPlainFields(input: unknown): input is Fields {
  if (!isFields(input)) return false;
  const made: unknown = input['constructor'];
  if (made === undefined || typeof made !== 'function') return true;
  const prototype: unknown = (made as { readonly prototype?: unknown }).prototype;
  return isFields(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/**
 * Reads one value at `path`, recording its problems; gives the value zod would give. `path` holds
 * while the reader runs: a list or an object rewrites it for its next item, so a reader that keeps
 * a path after it returns keeps a copy (`reading.add` copies it).
 */
export type Read<T> = (reading: PlainReading, input: unknown, path: IssuePath) => T;

/** A string (`z.string()`), with the schema's message for another type when it has one. */
export function readString(reading: PlainReading, input: unknown, path: IssuePath, message?: string): string {
  if (typeof input !== 'string') reading.wrongType(path, 'string', input, message);
  return input as string;
}

/** A string that `accept` takes (`z.string().check(z.refine(...))` or `z.regex(...)`), else `code` with `message`. */
export function readCheckedString(
  accept: (text: string) => boolean,
  code: string,
  message: string,
  typeMessage?: string,
): Read<string> {
  return (reading, input, path) => {
    if (typeof input !== 'string') reading.wrongType(path, 'string', input, typeMessage);
    else if (!accept(input)) reading.add(path, code, message, true);
    return input as string;
  };
}

/** A safe integer (`z.int({ error: message })`): every problem says `message`. */
export function readInt(message: string): Read<number> {
  return (reading, input, path) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) reading.add(path, 'invalid_type', message);
    else if (!Number.isInteger(input)) reading.add(path, 'invalid_type', message, false);
    else if (!Number.isSafeInteger(input)) reading.add(path, input > 0 ? 'too_big' : 'too_small', message, true);
    return input as number;
  };
}

/**
 * A safe integer of at least `least` (`z.int({ error: message }).check(z.minimum(least, leastMessage))`).
 */
export function readIntAtLeast(message: string, least: number, leastMessage: string): Read<number> {
  const readWhole = readInt(message);
  return (reading, input, path) => {
    const mark = reading.mark;
    const value = readWhole(reading, input, path);
    if (!reading.stopped(mark) && !(value >= least)) reading.add(path, 'too_small', leastMessage, true);
    return value;
  };
}

/**
 * A whole number (`z.number({ error }).check(z.int({ error }), z.gte/gt(least))`): another type
 * says `typeMessage`, a fraction `wholeMessage`, a number under the least `leastMessage`.
 */
export function readWholeNumber(
  typeMessage: string,
  wholeMessage: string,
  least: number,
  inclusive: boolean,
  leastMessage: string,
): Read<number> {
  return (reading, input, path) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) reading.add(path, 'invalid_type', typeMessage);
    else if (!Number.isInteger(input)) reading.add(path, 'invalid_type', wholeMessage, false);
    else {
      if (!Number.isSafeInteger(input)) reading.add(path, input > 0 ? 'too_big' : 'too_small', wholeMessage, true);
      if (inclusive ? !(input >= least) : !(input > least)) reading.add(path, 'too_small', leastMessage, true);
    }
    return input as number;
  };
}

/** `true` or `false` (`z.boolean({ error: message })`). */
export function readBoolean(message: string): Read<boolean> {
  return (reading, input, path) => {
    if (typeof input !== 'boolean') reading.add(path, 'invalid_type', message);
    return input as boolean;
  };
}

/** One of `values` (`z.enum(values, { error: message })`). */
export function readOneOf<T extends string>(values: readonly T[], message: string): Read<T> {
  return (reading, input, path) => {
    if (!values.includes(input as T)) reading.add(path, 'invalid_value', message);
    return input as T;
  };
}

/** A list (`z.array(item)`): a new array with each item read. */
export function readList<T>(reading: PlainReading, input: unknown, path: IssuePath, item: Read<T>): T[] {
  if (!Array.isArray(input)) {
    reading.wrongType(path, 'array', input);
    return input as T[];
  }
  const items = new Array<T>(input.length);
  // One path for every item, its last step rewritten for each.
  const at = [...path, 0];
  const depth = path.length;
  for (let index = 0; index < input.length; index++) {
    at[depth] = index;
    items[index] = item(reading, input[index], at);
  }
  return items;
}

/**
 * A record (`z.record(key, item)` with a string key schema): a new object with each own enumerable
 * key that `acceptKey` takes and its value read; a key it refuses is reported at its place, with
 * `keyMessage` (the record schema's own message for a key, else zod's English).
 */
export function recordOf<T>(
  acceptKey: (key: string) => boolean,
  item: Read<T>,
  keyMessage = 'Invalid key in record',
): Read<Record<string, T>> {
  return (reading, input, path) => {
    if (!isPlainFields(input)) {
      reading.wrongType(path, 'record', input);
      return input as Record<string, T>;
    }
    const record: Record<string, T> = {};
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (typeof key !== 'string' || !acceptKey(key)) reading.add([...path, key], 'invalid_key', keyMessage);
      else record[key] = item(reading, input[key], [...path, key]);
    }
    return record;
  };
}

/** A reading that gives the main thread back between steps, and its result at the end. */
export type Steps<T> = Generator<void, T, void>;
/** A {@link Read} in steps. */
export type ReadInSteps<T> = (reading: PlainReading, input: unknown, path: IssuePath) => Steps<T>;

/** A list read item by item, in the item's steps (`z.array(item)`). */
export function* listInSteps<T>(
  reading: PlainReading,
  input: unknown,
  path: IssuePath,
  item: ReadInSteps<T>,
): Steps<T[]> {
  if (!Array.isArray(input)) {
    reading.wrongType(path, 'array', input);
    return input as T[];
  }
  const items = new Array<T>(input.length);
  // One path for every item, its last step rewritten for each.
  const at = [...path, 0];
  const depth = path.length;
  for (let index = 0; index < input.length; index++) {
    at[depth] = index;
    items[index] = yield* item(reading, input[index], at);
  }
  return items;
}

/** The result of a reading in steps, every step taken at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `readList` as a function of the value alone, for a field. */
export function listOf<T>(item: Read<T>): Read<T[]> {
  return (reading, input, path) => readList(reading, input, path, item);
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * zod's `minLength`/`maxLength` checks of a field read since `mark`: they run on anything with a
 * length, even after a problem with its type, unless a problem since `mark` stopped all checks.
 */
export function checkLength(
  reading: PlainReading,
  mark: number,
  value: unknown,
  path: IssuePath,
  limits: {
    readonly min?: number;
    readonly max?: number;
    readonly tooShort?: string;
    readonly tooLong?: string;
  },
): void {
  if (reading.stopped(mark, true) || value === null || value === undefined) return;
  const units = (value as { readonly length?: unknown }).length;
  if (units === undefined) return;
  // Strings count code points, as zod does (a surrogate pair is one); anything else its `length` as
  // it is. A string has at least half as many code points as code units and at most as many: the
  // pairs are counted only when that leaves a limit in doubt.
  let length = units as number;
  if (
    typeof value === 'string' &&
    ((limits.min !== undefined && length < 2 * limits.min) || (limits.max !== undefined && length > limits.max))
  ) {
    length -= value.match(SURROGATE_PAIR)?.length ?? 0;
  }
  if (limits.min !== undefined && !(length >= limits.min)) reading.add(path, 'too_small', limits.tooShort ?? '', true);
  if (limits.max !== undefined && !(length <= limits.max)) reading.add(path, 'too_big', limits.tooLong ?? '', true);
}

/** A list with length checks (`z.array(item).check(z.minLength(...), z.maxLength(...))`). */
export function boundedListOf<T>(
  item: Read<T>,
  limits: { readonly min?: number; readonly max?: number; readonly tooShort?: string; readonly tooLong?: string },
): Read<T[]> {
  return (reading, input, path) => {
    // zod measures a list against its upper bound before reading any item: a list too long is
    // reported once, and stops every check after it.
    if (limits.max !== undefined && Array.isArray(input) && input.length > limits.max) {
      reading.add(path, 'too_big', limits.tooLong ?? '', false);
      return input as T[];
    }
    const mark = reading.mark;
    const list = readList(reading, input, path, item);
    checkLength(reading, mark, list, path, limits);
    return list;
  };
}

/** The fields of an object: each key with its reader, and whether the key may be left out. */
export type Shape = readonly (readonly [key: string, read: Read<unknown>, optional?: boolean])[];

/**
 * Reads the fields of an object (`z.object(shape)`) into a new one with only the shape's keys, in the
 * shape's order. `fields` gives each key its reader, and whether the key may be left out
 * (`z.optional`): a key left out stays out; a key given as `undefined` stays, as `undefined`.
 */
export function readFields(reading: PlainReading, input: unknown, path: IssuePath, fields: Shape): unknown {
  if (!isFields(input)) {
    reading.wrongType(path, 'object', input);
    return input;
  }
  const value: Record<string, unknown> = {};
  // One path for every field, its last step rewritten for each.
  const at: PropertyKey[] = [...path, 0];
  const depth = path.length;
  for (const [key, read, optional] of fields) {
    const present = key in input;
    if (optional && !present) continue;
    const raw = input[key];
    at[depth] = key;
    const read_ = optional && raw === undefined ? undefined : read(reading, raw, at);
    // A required key left out was reported by its reader (none of them takes `undefined`).
    if (present) value[key] = read_;
  }
  return value;
}

const HTTP_START = /^https?:\/\//i;

function parsesAsUrl(text: string): boolean {
  try {
    // A URL that starts http:// or https:// parses with that protocol, so zod's protocol check holds.
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * An http(s) address (`z.url({ protocol: /^https?$/, error: message })`): text that starts `http://`
 * or `https://` once trimmed and that the URL parser takes, given back trimmed and without tabs or
 * line breaks (which the parser ignores).
 */
export function readHttpUrl(message: string): Read<string> {
  return (reading, input, path) => {
    if (typeof input !== 'string') {
      reading.add(path, 'invalid_type', message);
      return input as string;
    }
    const trimmed = input.trim();
    if (HTTP_START.test(trimmed) && parsesAsUrl(trimmed)) return trimmed.replace(/[\t\n\r]/g, '');
    reading.add(path, 'invalid_format', message, true);
    return input;
  };
}
