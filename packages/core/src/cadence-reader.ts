import type { ParseResult } from './errors.js';
import { isPlainFields, PlainReading, readWholeNumber, type Read } from './plain-reader.js';
import { TIERS, type Tier } from './tier.js';

// The months between check-ins by tier, read in plain code as `workbookCadenceSchema` and
// `touchpointCadenceSchema` read them (partner-workbook-reader.property.test.ts holds them together).

/** Months between check-ins by tier, `null` for none (what both cadence schemas give). */
type Cadence = Partial<Record<Tier, number | null>>;

const readMonths = /* @__PURE__ */ readWholeNumber(
  'Expected a number of months, or null for no regular check-ins',
  'Expected a whole number of months',
  0,
  false,
  'Expected at least 1 month between check-ins',
);

const isTierKey = (key: PropertyKey): key is Tier =>
  typeof key === 'string' && (TIERS as readonly string[]).includes(key);

/** zod's English for the keys of a record of the tiers that are not tiers. */
function unrecognizedMessage(keys: readonly string[]): string {
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map((key) => `"${key}"`).join(', ')}`;
}

/** A workbook's cadence (`workbookCadenceSchema`: a partial record of the tiers). */
export const readWorkbookCadence: Read<Cadence> = (reading, input, path) => {
  if (!isPlainFields(input)) {
    reading.wrongType(path, 'record', input);
    return input as Cadence;
  }
  const cadence: Cadence = {};
  const unrecognized: string[] = [];
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (!isTierKey(key)) unrecognized.push(String(key));
    else {
      const months = input[key];
      cadence[key] = months === null ? null : readMonths(reading, months, [...path, key]);
    }
  }
  if (unrecognized.length > 0) reading.add(path, 'unrecognized_keys', unrecognizedMessage(unrecognized), true);
  return cadence;
};

/** Reads a workbook's cadence as `safeParseWith(workbookCadenceSchema, input, subject)` does. */
export function checkWorkbookCadence(input: unknown, subject = 'cadence'): ParseResult<Cadence> {
  const reading = new PlainReading();
  return reading.result(subject, readWorkbookCadence(reading, input, []));
}

/**
 * Reads a full cadence, every tier given, as `safeParseWith(touchpointCadenceSchema, input,
 * subject)` does (`z.record(z.enum(TIERS), ...)`): each tier's months, then any key that is not a tier.
 */
export function checkTouchpointCadence(
  input: unknown,
  subject = 'touchpoint cadence',
): ParseResult<Record<Tier, number | null>> {
  const reading = new PlainReading();
  if (!isPlainFields(input)) {
    reading.wrongType([], 'record', input);
    return reading.result(subject, input as Record<Tier, number | null>);
  }
  const cadence: Cadence = {};
  for (const tier of TIERS) {
    const months = input[tier];
    cadence[tier] = months === null ? null : readMonths(reading, months, [tier]);
  }
  const unrecognized: string[] = [];
  for (const key in input) if (!isTierKey(key)) unrecognized.push(key);
  if (unrecognized.length > 0) reading.add([], 'unrecognized_keys', unrecognizedMessage(unrecognized), true);
  return reading.result(subject, cadence as Record<Tier, number | null>);
}
