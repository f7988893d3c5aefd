import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from './zod-parse.js';
import { communitySchema, districtSchema, milestoneSchema } from './community.js';
import {
  COMMUNITY_KEYS,
  DISTRICT_KEYS,
  MILESTONE_KEYS,
  quickStatusSnapshot,
  SNAPSHOT_KEYS,
} from './status-snapshot-check.js';
import { statusSnapshotSchema } from './status-snapshot.js';
import { pathsOf, removalMutation, typeMutation, valueAt, withValueAt } from './test-malformed.js';
import type { JsonPath, Mutation } from './test-malformed.js';

/** A snapshot that uses every field of the schema, optional ones included, and a key it does not know. */
const snapshot = {
  asOf: '2026-11-30',
  title: 'Network status, November',
  source: 'CASEL',
  lang: 'en',
  illustrative: true,
  publishedBy: 'a key the schema does not know',
  communities: [
    {
      id: 'il',
      name: 'Illinois SEL learning community',
      lang: 'es-US',
      scope: { kind: 'state', state: 'IL' },
      readiness: 'improving',
      charter: { start: '2024-02-29', end: '2029-02-28' },
      phase: 'launch',
      leadershipTeam: [{ name: 'Ana Ruiz', role: 'Director', phone: 'not in the schema' }],
      committees: ['advisory', 'events'],
      members: [{ kind: 'partner', name: 'Prairie Youth Works' }],
      districts: [
        { id: 'il-1', name: 'Prairie Ridge Public Schools', students: 24_000 },
        { id: 'il-2', name: 'Lakeshore District 7', state: 'IL', students: 0 },
      ],
      milestones: [
        {
          id: 'blueprint',
          title: 'Organizational blueprint finalized',
          phase: 'detailed-design',
          start: '2024-03-01',
          due: '2024-09-30',
          status: 'done',
          completedOn: '2024-09-12',
          owner: 'Ana Ruiz',
          description: '',
          exitCriterion: true,
        },
        { id: 'launch-event', title: 'Launch event', phase: 'launch', due: '2025-01-15', status: 'in-progress' },
      ],
      history: [
        { from: 'detailed-design', to: 'launch', on: '2024-10-01' },
        { from: 'launch', to: 'replan', on: '2025-06-01' },
        { from: 'replan', to: 'launch', on: '2025-06-01' },
      ],
    },
    {
      id: 'national',
      name: 'National SEL learning community',
      scope: { kind: 'national' },
      readiness: 'innovating',
      charter: { start: '2023-07-01', end: '2028-06-30' },
      phase: 'scale-and-improve',
      leadershipTeam: [],
      committees: [],
      members: [],
      districts: [{ id: 'wa-9', name: 'Cascade Unified', state: 'WA', students: 51_200 }],
      milestones: [],
    },
  ],
};

/** What the schema gives for `input`, or `undefined` when it refuses it. */
function schemaValue(input: unknown): unknown {
  const parsed = safeParseWith(statusSnapshotSchema, input, 'status snapshot');
  return parsed.ok ? parsed.value : undefined;
}

const paths = pathsOf(snapshot);
const pathsWhere = (test: (value: unknown) => boolean): JsonPath[] =>
  paths.filter((path) => test(valueAt(snapshot, path)));

/** Text anywhere replaced by other text: ids, names, codes, enums and dates, valid or not, spaced or not. */
const textMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...pathsWhere((value) => typeof value === 'string')),
    fc.oneof(
      fc.string(),
      fc.constantFrom(' il', 'IL ', '\u00a0x', '', 'il-2', 'blueprint', 'advisory', 'national', 'state'),
      fc.constantFrom('2024-02-30', '2023-02-29', '2025-06-01', '2024-03-01', '2030-01-01', '1999-12-31'),
      fc.constantFrom('launch', 'replan', 'done', 'planned', 'WA', 'PR', 'XX', 'improving'),
      fc.constantFrom('en', 'es-MX', 'e', 'en_US', 'x-private', 'zh-Hant-TW', '123'),
    ),
  )
  .map(([path, text]) => ({
    path,
    describe: `${JSON.stringify(text)} at ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, path, text),
  }));

/** A number replaced by any other number, fractional, negative, huge or not a number at all. */
const numberMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom(...pathsWhere((value) => typeof value === 'number')), fc.double())
  .map(([path, number]) => ({
    path,
    describe: `${String(number)} at ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, path, number),
  }));

/** A key kept but set to `undefined`, which the schema keeps in its value when the field is optional. */
const undefinedMutation: fc.Arbitrary<Mutation> = fc.constantFrom(...paths).map((path) => ({
  path,
  describe: `undefined at ${JSON.stringify(path)}`,
  apply: (doc: unknown) => withValueAt(doc, path, undefined),
}));

/** A key the schema does not know added to an object anywhere, which the schema leaves out of its value. */
const unknownKeyMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom<JsonPath>(
      [],
      ...pathsWhere((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
    ),
    fc.constantFrom('extra', 'note', '__proto__x'),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  )
  .map(([path, key, value]) => ({
    path,
    describe: `${key}: ${JSON.stringify(value)} added at ${JSON.stringify(path)}`,
    apply: (doc: unknown) => withValueAt(doc, [...path, key], value),
  }));

/** The snapshot above without the keys the schema does not know: what the schema gives for it. */
const inSchemaShape = (): unknown => schemaValue(snapshot);

/** Every object and list inside `value` (the root included), to compare by identity. */
function containers(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(containers)];
}

describe('quickStatusSnapshot', () => {
  it("gives exactly the schema's value for a valid snapshot, unknown keys left out", () => {
    const quick = quickStatusSnapshot(snapshot);
    expect(quick).toBeDefined();
    expect(quick).toStrictEqual(schemaValue(snapshot));
    expect(quick).not.toBe(snapshot);
    expect(quick?.communities[0]?.leadershipTeam[0]).toStrictEqual({ name: 'Ana Ruiz', role: 'Director' });
  });

  it("knows every key of the schema's objects, so a new key is checked before it is kept", () => {
    const keys = (schema: { readonly _zod: { readonly def: { readonly shape: object } } }) =>
      Object.keys(schema._zod.def.shape);
    expect(MILESTONE_KEYS).toEqual(keys(milestoneSchema));
    expect(DISTRICT_KEYS).toEqual(keys(districtSchema));
    expect(COMMUNITY_KEYS).toEqual(keys(communitySchema));
    expect(SNAPSHOT_KEYS).toEqual(keys(statusSnapshotSchema));
  });

  it("gives a snapshot already in the schema's shape back as it is, copying nothing", () => {
    const input = inSchemaShape();
    const quick = quickStatusSnapshot(input);
    expect(quick).toBe(input);
    expect(quick).toStrictEqual(schemaValue(input));
  });

  it('copies only the objects and lists that lead to a key the schema leaves out', () => {
    const input = withValueAt(inSchemaShape(), ['communities', 0, 'milestones', 1, 'note'], 'not in the schema');
    const quick = quickStatusSnapshot(input);
    expect(quick).toStrictEqual(schemaValue(input));
    const copied = new Set(containers(quick));
    const kept = containers(input).filter((item) => copied.has(item));
    // The root, its communities, the first community, its milestones and the milestone are new.
    expect(containers(input).length - kept.length).toBe(5);
    expect(quick?.communities[1]).toBe(valueAt(input, ['communities', 1]));
    expect(quick?.communities[0]?.milestones[0]).toBe(valueAt(input, ['communities', 0, 'milestones', 0]));
  });

  it("copies what is not a plain object or list into the schema's plain value", () => {
    const input = inSchemaShape() as { communities: { charter: object; districts: unknown[] }[] };
    const community = input.communities[0];
    if (community === undefined) throw new Error('no community');
    community.charter = Object.assign(Object.create(null) as object, community.charter);
    class Districts extends Array<unknown> {}
    community.districts = Districts.from(community.districts);
    const quick = quickStatusSnapshot(input);
    expect(quick).toStrictEqual(schemaValue(input));
    expect(Object.getPrototypeOf(quick?.communities[0]?.charter)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(quick?.communities[0]?.districts)).toBe(Array.prototype);
  });

  it("never vouches for what the schema refuses, and gives the schema's value whenever it vouches", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          typeMutation(snapshot),
          removalMutation(paths),
          textMutation,
          numberMutation,
          undefinedMutation,
          unknownKeyMutation,
        ),
        (mutation) => {
          const input = mutation.apply(snapshot);
          const quick = quickStatusSnapshot(input);
          if (quick === undefined) return;
          expect(quick, mutation.describe).toStrictEqual(schemaValue(input));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('leaves to the schema what it cannot vouch for: bad dates, repeated ids, broken history, text to trim', () => {
    const refused: readonly [JsonPath, unknown][] = [
      [['asOf'], '2026-02-29'],
      [['communities', 1, 'id'], 'il'],
      [['communities', 0, 'districts', 1, 'id'], 'il-1'],
      [['communities', 0, 'milestones', 1, 'id'], 'blueprint'],
      [['communities', 0, 'committees', 1], 'advisory'],
      [['communities', 0, 'charter', 'end'], '2024-02-29'],
      [['communities', 0, 'milestones', 0, 'start'], '2024-10-01'],
      [['communities', 0, 'milestones', 1, 'completedOn'], '2025-01-10'],
      [['communities', 0, 'history', 1, 'from'], 'detailed-design'],
      [['communities', 0, 'history', 2, 'on'], '2025-05-31'],
      [['communities', 0, 'phase'], 'replan'],
      [['communities', 0, 'districts', 0, 'students'], 1.5],
      [['communities', 0, 'name'], ' Illinois'],
    ];
    for (const [path, value] of refused) {
      expect(quickStatusSnapshot(withValueAt(snapshot, path, value)), JSON.stringify(path)).toBeUndefined();
    }
    expect(quickStatusSnapshot(null)).toBeUndefined();
    expect(quickStatusSnapshot([])).toBeUndefined();
  });
});
