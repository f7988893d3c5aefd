import type { TierAssignments } from './card-sort.js';
import { parseCsvTable, stringifyCsvTable } from './csv.js';
import { SelValidationError } from './errors.js';
import type { SelIssue } from './errors.js';
import { checkPartner } from './partner-workbook-reader.js';
import { idFromName } from './partner-id.js';
import { PARTNER_KINDS } from './partner-kinds.js';
import type { Partner, PartnerKind } from './partner.js';
import { TIERS } from './tier.js';
import type { Tier } from './tier.js';

/**
 * The partner inventory as the spreadsheet a district already keeps: one row per partner, one
 * column per field of the inventory template, an optional `SEL tier` column from the card sort.
 *
 * How cells are written and read:
 * - Text is kept exactly as written (spaces included); a cell that is empty or only spaces means
 *   the field is not filled in.
 * - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return) is written behind an apostrophe, which reading removes (`guardCsvFormula`):
 *   a partner name or note cannot run in the reader's spreadsheet.
 * - `Outcome goals` holds one goal per line of the cell (line breaks inside a spreadsheet cell);
 *   blank lines are skipped. An empty list and a missing one both give an empty cell.
 * - Each point of contact takes four columns: name, role, email and phone.
 * - `Kind of partner` and `SEL tier` hold slugs such as `health-care` or `could-support`; when
 *   reading, case, spaces and common wordings ("Health care providers", "2") are accepted too.
 *   An empty kind reads as `other`, an empty tier as `unsorted`.
 * - `ID` may be left out or empty: an id is then made from the partner name (`YMCA North` gives
 *   `ymca-north`, then `ymca-north-2` if taken).
 * - Header names are matched ignoring case and extra spaces; unknown columns are reported back
 *   as `ignoredColumns` rather than read.
 */
export const PARTNER_CSV_COLUMNS = {
  id: 'ID',
  name: 'Name of community partner',
  kind: 'Kind of partner',
  mission: 'Mission',
  outcomeGoals: 'Outcome goals',
  partnerContactName: 'Community partner point of contact',
  partnerContactRole: 'Community partner contact role',
  partnerContactEmail: 'Community partner contact email',
  partnerContactPhone: 'Community partner contact phone',
  schoolContactName: 'School community point of contact',
  schoolContactRole: 'School contact role',
  schoolContactEmail: 'School contact email',
  schoolContactPhone: 'School contact phone',
  schedule: 'Schedule of supports',
  duration: 'Duration of supports',
  location: 'Location of programming, supports, or services',
  targetAudience: 'Target audience or population',
  notes: 'Additional notes',
  history: 'History of partnership',
  years: 'Years of partnership',
  fundingSource: 'Funding source',
  tier: 'SEL tier',
} as const;

/** A field of the inventory spreadsheet (a key of {@link PARTNER_CSV_COLUMNS}). */
export type PartnerCsvField = keyof typeof PARTNER_CSV_COLUMNS;
type Column = PartnerCsvField;

export const COLUMN_ORDER = /* @__PURE__ */ Object.keys(PARTNER_CSV_COLUMNS) as Column[];

/** Other header names a district's sheet may use for a column. */
const HEADER_ALIASES: Readonly<Record<string, Column>> = {
  'partner id': 'id',
  name: 'name',
  'partner name': 'name',
  'community partner': 'name',
  kind: 'kind',
  'partner kind': 'kind',
  'type of partner': 'kind',
  'schedule and duration of supports': 'schedule',
  'target audience': 'targetAudience',
  notes: 'notes',
  years: 'years',
  tier: 'tier',
};

const SUBJECT = 'partner inventory CSV';

/** A header as compared: trimmed, spaces collapsed, lowercase. */
export function normalizeHeader(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const HEADER_LOOKUP: ReadonlyMap<string, Column> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ COLUMN_ORDER.map((column): [string, Column] => [
    normalizeHeader(PARTNER_CSV_COLUMNS[column]),
    column,
  ]).concat(/* @__PURE__ */ Object.entries(HEADER_ALIASES)),
);

/** Lowercase words joined by hyphens: "Health care  providers" gives "health-care-providers". */
function normalizeChoice(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

const KIND_ALIASES: Readonly<Record<string, PartnerKind>> = {
  'out-of-school-time-provider': 'out-of-school-time',
  'before-and-after-school-program': 'out-of-school-time',
  'afterschool-program': 'out-of-school-time',
  'embedded-direct-service-provider': 'embedded-direct-service',
  'community-based-nonprofit': 'community-nonprofit',
  'community-based-nonprofit-organization': 'community-nonprofit',
  nonprofit: 'community-nonprofit',
  healthcare: 'health-care',
  'health-care-provider': 'health-care',
  'healthcare-provider': 'health-care',
  'mission-driven-foundation': 'mission-driven-foundation',
  foundation: 'mission-driven-foundation',
  'governmental-agency': 'government-agency',
  government: 'government-agency',
  business: 'local-business',
  'colleges-of-education': 'college-of-education',
};

function readKind(value: string): PartnerKind | undefined {
  const choice = normalizeChoice(value);
  // Plural wordings from the guidance ("health care providers", "government agencies") name kinds too.
  const singulars = [choice.replace(/ies$/, 'y'), choice.replace(/es$/, ''), choice.replace(/s$/, '')];
  for (const candidate of [choice, ...singulars]) {
    if ((PARTNER_KINDS as readonly string[]).includes(candidate)) return candidate as PartnerKind;
    const alias = KIND_ALIASES[candidate];
    if (alias !== undefined) return alias;
  }
  return undefined;
}

const TIER_ALIASES: Readonly<Record<string, Tier>> = {
  '0': 'unsorted',
  'not-sorted': 'unsorted',
  '1': 'clearly-supports',
  'clearly-supports-sel': 'clearly-supports',
  'most-clearly-supporting-sel': 'clearly-supports',
  '2': 'could-support',
  'could-support-sel': 'could-support',
  'could-potentially-support-sel': 'could-support',
  'can-potentially-support-sel': 'could-support',
  '3': 'no-apparent-connection',
  'no-apparent-connection-to-sel': 'no-apparent-connection',
};

function readTier(value: string): Tier | undefined {
  const choice = normalizeChoice(value);
  if ((TIERS as readonly string[]).includes(choice)) return choice as Tier;
  return TIER_ALIASES[choice];
}

/**
 * Writes partners as CSV, one row per partner, with every column of the inventory template (see
 * {@link PARTNER_CSV_COLUMNS}). With `assignments`, adds the `SEL tier` column (partners without
 * an assignment are written `unsorted`). Reading the text back with {@link partnersFromCsv} gives
 * the same partners and tiers.
 */
export function partnersToCsv(partners: readonly Partner[], assignments?: Readonly<TierAssignments>): string {
  const columns = COLUMN_ORDER.filter((column) => column !== 'tier' || assignments !== undefined);
  const records = partners.map((partner) => {
    const cells: Record<Column, string | undefined> = {
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      mission: partner.mission,
      outcomeGoals: partner.outcomeGoals?.join('\n'),
      partnerContactName: partner.partnerContact?.name,
      partnerContactRole: partner.partnerContact?.role,
      partnerContactEmail: partner.partnerContact?.email,
      partnerContactPhone: partner.partnerContact?.phone,
      schoolContactName: partner.schoolContact?.name,
      schoolContactRole: partner.schoolContact?.role,
      schoolContactEmail: partner.schoolContact?.email,
      schoolContactPhone: partner.schoolContact?.phone,
      schedule: partner.schedule,
      duration: partner.duration,
      location: partner.location,
      targetAudience: partner.targetAudience,
      notes: partner.notes,
      history: partner.history,
      years: partner.years === undefined ? undefined : String(partner.years),
      fundingSource: partner.fundingSource,
      tier: assignments === undefined ? undefined : tierIn(assignments, partner.id),
    };
    return Object.fromEntries(columns.map((column) => [PARTNER_CSV_COLUMNS[column], cells[column]]));
  });
  return stringifyCsvTable(
    columns.map((column) => PARTNER_CSV_COLUMNS[column]),
    records,
    { guardFormulas: true },
  );
}

/** What {@link partnersFromCsv} read. */
export interface PartnersFromCsv {
  readonly partners: Partner[];
  /** Each partner's tier when the file has a `SEL tier` column, else `undefined`. */
  readonly assignments: TierAssignments | undefined;
  /** Header names that match no inventory column; their cells were not read. */
  readonly ignoredColumns: string[];
}

/** Maps a path in a partner (from the schema) to the column that holds it. */
export function columnOfPath(path: readonly PropertyKey[]): Column {
  const [field, sub] = path;
  if (field === 'partnerContact' || field === 'schoolContact') {
    const part = sub === 'role' ? 'Role' : sub === 'email' ? 'Email' : sub === 'phone' ? 'Phone' : 'Name';
    return `${field}${part}`;
  }
  if (typeof field === 'string' && field in PARTNER_CSV_COLUMNS) return field as Column;
  return 'name';
}

/**
 * Reads one row's cells into a partner candidate (not yet checked against the schema, no id made
 * yet) and its tier: kind and tier words, whole years, one goal per line, contacts of four cells.
 * A cell that cannot be read is reported through `problem` and left out. Shared by
 * {@link partnersFromCsv} and the row-by-row import.
 */
export function readPartnerCells(
  cell: (column: PartnerCsvField) => string | undefined,
  problem: (column: PartnerCsvField, message: string, code: string) => void,
): { candidate: Record<string, unknown>; tier: Tier } {
  const contact = (prefix: 'partnerContact' | 'schoolContact'): Record<string, string | undefined> | undefined => {
    const name = cell(`${prefix}Name`);
    const role = cell(`${prefix}Role`);
    const email = cell(`${prefix}Email`)?.trim();
    const phone = cell(`${prefix}Phone`);
    if (name === undefined && role === undefined && email === undefined && phone === undefined) return undefined;
    return dropUndefined({ name, role, email, phone });
  };

  const kindCell = cell('kind');
  let kind: PartnerKind = 'other';
  if (kindCell !== undefined) {
    const read = readKind(kindCell);
    if (read === undefined) {
      problem(
        'kind',
        `Expected a partner kind (${PARTNER_KINDS.join(', ')}), found ${JSON.stringify(kindCell)}`,
        'invalid-kind',
      );
    } else kind = read;
  }

  let years: number | undefined;
  const yearsCell = cell('years');
  if (yearsCell !== undefined) {
    if (/^\s*\d+\s*$/.test(yearsCell)) years = Number(yearsCell);
    else
      problem('years', `Expected a whole number of years, e.g. 4, found ${JSON.stringify(yearsCell)}`, 'invalid-years');
  }

  let tier: Tier = 'unsorted';
  const tierCell = cell('tier');
  if (tierCell !== undefined) {
    const read = readTier(tierCell);
    if (read === undefined) {
      problem(
        'tier',
        `Expected a tier (${TIERS.join(', ')}, or 1, 2, 3), found ${JSON.stringify(tierCell)}`,
        'invalid-tier',
      );
    } else tier = read;
  }

  const goals = cell('outcomeGoals')
    ?.split(/\r\n|\r|\n/)
    .filter((goal) => goal.trim() !== '');

  return {
    tier,
    candidate: dropUndefined({
      id: cell('id'),
      name: cell('name'),
      kind,
      mission: cell('mission'),
      outcomeGoals: goals,
      partnerContact: contact('partnerContact'),
      schoolContact: contact('schoolContact'),
      schedule: cell('schedule'),
      duration: cell('duration'),
      location: cell('location'),
      targetAudience: cell('targetAudience'),
      notes: cell('notes'),
      history: cell('history'),
      years,
      fundingSource: cell('fundingSource'),
    }),
  };
}

/**
 * Reads a partner inventory spreadsheet saved as CSV (see {@link PARTNER_CSV_COLUMNS} for the
 * columns and how cells are read). Only `Name of community partner` is required.
 *
 * @throws {SelValidationError} subject `partner inventory CSV`, with every problem found at
 * `['row', n, 'column', header]` (row numbers as the spreadsheet shows them, the header being
 * row 1): a missing name column, an unknown kind or tier, a bad email or number of years, a
 * repeated id, a malformed CSV file.
 */
export function partnersFromCsv(text: string): PartnersFromCsv {
  const table = parseCsvTable(text, { subject: SUBJECT, guardFormulas: true });
  const issues: SelIssue[] = [];

  const headerOf = new Map<Column, string>();
  const ignoredColumns: string[] = [];
  for (const name of table.columns) {
    const column = HEADER_LOOKUP.get(normalizeHeader(name));
    if (column === undefined) ignoredColumns.push(name);
    else if (headerOf.has(column)) {
      issues.push({
        path: ['row', table.headerRow, 'column', name],
        message: `Expected one column for ${PARTNER_CSV_COLUMNS[column]}, but "${headerOf.get(column) ?? ''}" and "${name}" both name it`,
        code: 'duplicate-column',
      });
    } else headerOf.set(column, name);
  }
  if (!headerOf.has('name')) {
    issues.push({
      path: ['row', table.headerRow, 'column', PARTNER_CSV_COLUMNS.name],
      message: `Expected a column named "${PARTNER_CSV_COLUMNS.name}" in the header row`,
      code: 'missing-column',
    });
  }
  if (issues.length > 0) throw new SelValidationError(SUBJECT, issues);

  const header = (column: Column): string => headerOf.get(column) ?? PARTNER_CSV_COLUMNS[column];
  const hasTier = headerOf.has('tier');

  const rows: { row: number; candidate: Record<string, unknown>; tier: Tier }[] = [];
  for (const record of table.records) {
    const cell = (column: PartnerCsvField): string | undefined => {
      const name = headerOf.get(column);
      const value = name === undefined ? undefined : record.values[name];
      return value === undefined || value.trim() === '' ? undefined : value;
    };
    const problem = (column: PartnerCsvField, message: string, code: string): void => {
      issues.push({ path: ['row', record.row, 'column', header(column)], message, code });
    };
    rows.push({ row: record.row, ...readPartnerCells(cell, problem) });
  }

  // Ids: those given must be unique; the others are made from names, avoiding every id in use.
  const taken = new Map<string, number>();
  for (const { row, candidate } of rows) {
    const id = candidate['id'];
    if (typeof id !== 'string') continue;
    const first = taken.get(id);
    if (first === undefined) taken.set(id, row);
    else {
      issues.push({
        path: ['row', row, 'column', header('id')],
        message: `Expected a unique id, but "${id}" is already used in row ${first}`,
        code: 'duplicate-id',
      });
    }
  }
  for (const { row, candidate } of rows) {
    if (candidate['id'] !== undefined) continue;
    const base = idFromName(typeof candidate['name'] === 'string' ? candidate['name'] : '');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.set(id, row);
    candidate['id'] = id;
  }

  const partners: Partner[] = [];
  const assignments: TierAssignments = {};
  for (const { row, candidate, tier } of rows) {
    const result = checkPartner(candidate, SUBJECT);
    if (!result.ok) {
      for (const issue of result.error.issues) {
        issues.push({
          path: ['row', row, 'column', header(columnOfPath(issue.path))],
          message: issue.message,
          code: issue.code,
        });
      }
      continue;
    }
    partners.push(result.value);
    Object.defineProperty(assignments, result.value.id, {
      value: tier,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (issues.length > 0) {
    issues.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
    throw new SelValidationError(SUBJECT, issues);
  }
  return { partners, assignments: hasTier ? assignments : undefined, ignoredColumns };
}

function tierIn(assignments: Readonly<TierAssignments>, id: string): Tier {
  return Object.hasOwn(assignments, id) ? (assignments[id] ?? 'unsorted') : 'unsorted';
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
