import { describe, expect, it } from 'vitest';
import type { Community, Milestone } from './community.js';
import { SelValidationError } from './errors.js';
import { safeParseStatusSnapshot, statusReport } from './status-report.js';
import { communityWith } from './test-communities.js';

const milestone = (id: string, due: string, status: Milestone['status']): Milestone => ({
  id,
  title: `Milestone ${id}`,
  phase: 'scale-and-improve',
  due,
  status,
});

const base = {
  charter: { start: '2026-07-01', end: '2031-06-30' },
  leadershipTeam: [],
  committees: [],
  members: [],
  milestones: [],
} satisfies Partial<Community>;

const national: Community = {
  ...base,
  id: 'national',
  name: 'National SEL Learning Community',
  scope: { kind: 'national' },
  readiness: 'innovating',
  phase: 'scale-and-improve',
  districts: [
    { id: 'cps', name: 'Chicago Public Schools', students: 322_000 },
    { id: 'dps', name: 'Denver Public Schools', state: 'CO', students: 90_000 },
    { id: 'online', name: 'Virtual Academy', students: 1_000 },
  ],
};

const illinois: Community = {
  ...base,
  id: 'il',
  name: 'Illinois SEL Learning Community',
  scope: { kind: 'state', state: 'IL' },
  readiness: 'improving',
  phase: 'scale-and-improve',
  districts: [
    { id: 'cps', name: 'Chicago Public Schools', state: 'IL', students: 322_000 },
    { id: 'u46', name: 'School District U-46', students: 35_000 },
  ],
  milestones: [
    milestone('overdue', '2027-01-01', 'planned'),
    milestone('done', '2026-12-01', 'done'),
    milestone('soon', '2027-03-10', 'in-progress'),
    milestone('later', '2027-09-01', 'planned'),
  ],
};

const california: Community = {
  ...base,
  id: 'ca',
  name: 'California SEL Learning Community',
  scope: { kind: 'state', state: 'CA' },
  readiness: 'initiating',
  phase: 'launch',
  districts: [
    { id: 'lausd', name: 'Los Angeles Unified', state: 'CA', students: 420_000 },
    { id: 'scusd', name: 'Sacramento City Unified', state: 'CA', students: 40_000 },
  ],
  milestones: [milestone('late', '2027-02-01', 'in-progress')],
};

const zero = { communities: 0, states: 0, districts: 0, students: 0, overdueMilestones: 0 };

describe('statusReport', () => {
  const report = statusReport([national, illinois, california], '2027-03-01');

  it('totals distinct districts, states and students once each', () => {
    expect(report.asOf).toBe('2027-03-01');
    expect(report.totals).toEqual({
      communities: 3,
      states: 3,
      districts: 6,
      students: 322_000 + 35_000 + 420_000 + 40_000 + 90_000 + 1_000,
      overdueMilestones: 2,
    });
    expect(report.warnings).toEqual([]);
  });

  it('groups by phase in lifecycle order, every phase present', () => {
    expect(Object.keys(report.byPhase)).toEqual([
      'detailed-design',
      'launch',
      'scale-and-improve',
      'replan',
      'leadership-transition',
    ]);
    expect(report.byPhase['scale-and-improve']).toEqual({
      communities: 2,
      states: 2,
      districts: 4,
      students: 322_000 + 35_000 + 90_000 + 1_000,
      overdueMilestones: 1,
    });
    expect(report.byPhase.launch).toEqual({
      communities: 1,
      states: 1,
      districts: 2,
      students: 460_000,
      overdueMilestones: 1,
    });
    expect(report.byPhase['detailed-design']).toEqual(zero);
    expect(report.byPhase.replan).toEqual(zero);
    expect(report.byPhase['leadership-transition']).toEqual(zero);
  });

  it('groups by readiness stage', () => {
    expect(report.byReadiness).toEqual({
      initiating: { communities: 1, states: 1, districts: 2, students: 460_000, overdueMilestones: 1 },
      improving: { communities: 1, states: 1, districts: 2, students: 357_000, overdueMilestones: 1 },
      innovating: { communities: 1, states: 2, districts: 3, students: 413_000, overdueMilestones: 0 },
    });
  });

  it('gives a line per state for the map, with a district state learned from another community', () => {
    expect(report.byState).toEqual([
      { state: 'CA', communities: 1, districts: 2, students: 460_000 },
      { state: 'CO', communities: 1, districts: 1, students: 90_000 },
      { state: 'IL', communities: 2, districts: 2, students: 357_000 },
    ]);
  });

  it('gives a line per community, sorted by name, with its milestones by state', () => {
    expect(report.communities.map((c) => c.id)).toEqual(['ca', 'il', 'national']);
    expect(report.communities[1]).toEqual({
      id: 'il',
      name: 'Illinois SEL Learning Community',
      scope: { kind: 'state', state: 'IL' },
      phase: 'scale-and-improve',
      readiness: 'improving',
      charter: { start: '2026-07-01', end: '2031-06-30' },
      states: ['IL'],
      districts: 2,
      students: 357_000,
      milestones: { done: 1, overdue: 1, 'at-risk': 1, upcoming: 1 },
    });
    expect(report.communities[2]?.milestones).toEqual({ done: 0, overdue: 0, 'at-risk': 0, upcoming: 0 });
  });

  it('lists the states each community reaches, its own first, each once', () => {
    // The national community's Chicago has no state of its own; Illinois lists it in Illinois.
    expect(report.communities.map(({ id, states }) => [id, states])).toEqual([
      ['ca', ['CA']],
      ['il', ['IL']],
      ['national', ['IL', 'CO']],
    ]);
  });

  it('gives a community that reaches no state an empty list no one can change', () => {
    const online = { ...national, id: 'online-only', districts: [{ id: 'v', name: 'Virtual', students: 10 }] };
    const [line] = statusReport([online], '2027-03-01').communities;
    expect(line?.states).toEqual([]);
    expect(Object.isFrozen(line?.states)).toBe(true);
  });

  it('gives lines that serialise with their milestone counts', () => {
    const line = JSON.parse(JSON.stringify(report.communities[1])) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual([
      'id',
      'name',
      'scope',
      'phase',
      'readiness',
      'charter',
      'states',
      'districts',
      'students',
      'milestones',
    ]);
    expect(line['milestones']).toEqual({ done: 1, overdue: 1, 'at-risk': 1, upcoming: 1 });
    expect(JSON.parse(JSON.stringify(report.totals))).toEqual(report.totals);
  });

  it('throws for invalid milestone options at once, before any count is read', () => {
    expect(() => statusReport([illinois], '2027-03-01', { atRiskDays: -1 })).toThrow(SelValidationError);
  });

  it('passes milestone options on and depends only on the day given', () => {
    const strict = statusReport([illinois], '2027-03-01', { atRiskDays: 0 });
    expect(strict.communities[0]?.milestones).toEqual({ done: 1, overdue: 1, 'at-risk': 0, upcoming: 2 });
    expect(statusReport([illinois], '2026-11-01').totals.overdueMilestones).toBe(0);
    expect(statusReport([illinois], '2027-09-02').totals.overdueMilestones).toBe(3);
  });

  it('reports nothing for no communities', () => {
    const empty = statusReport([], '2027-03-01');
    expect(empty.totals).toEqual(zero);
    expect(empty.byState).toEqual([]);
    expect(empty.communities).toEqual([]);
    expect(empty.byReadiness.improving).toEqual(zero);
  });

  it('warns when one district is listed with different student counts and uses the larger', () => {
    const smaller: Community = {
      ...national,
      districts: [{ id: 'cps', name: 'Chicago Public Schools', students: 300_000 }],
    };
    const result = statusReport([smaller, illinois], '2027-03-01');
    expect(result.totals.students).toBe(322_000 + 35_000);
    expect(result.warnings).toEqual([
      {
        path: [1, 'districts', 0, 'students'],
        code: 'district-students-differ',
        message:
          'Expected the same number of students wherever district "cps" is listed, got 322000 here and 300000 at [0].districts[0].students; the larger is used',
      },
    ]);
  });

  it('refuses repeated community ids and invalid input with paths', () => {
    let error: unknown;
    try {
      statusReport([illinois, { ...california, id: 'il' }], '2027-03-01');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SelValidationError);
    expect((error as SelValidationError).issues).toEqual([
      {
        path: [1, 'id'],
        code: 'custom',
        message: 'Expected a unique community id, but "il" is already used at index 0',
      },
    ]);
    expect(() =>
      statusReport([{ ...illinois, districts: [{ id: 'x', name: 'X', students: -5 }] }], '2027-03-01'),
    ).toThrow(/\[0\]\.districts\[0\]\.students: Expected the number of students to be 0 or more/);
    expect(() => statusReport([illinois], 'March 1')).toThrow(/today[\s\S]*YYYY-MM-DD/);
  });
});

describe('safeParseStatusSnapshot', () => {
  const community = communityWith([
    { id: 'late', title: 'Late', phase: 'detailed-design', due: '2027-01-01', status: 'planned' },
  ]);

  it('checks a snapshot once and gives the report of its day', () => {
    const result = safeParseStatusSnapshot({ asOf: '2027-03-01', title: 'March', communities: [community] });
    if (!result.ok) throw result.error;
    expect(result.value.snapshot.title).toBe('March');
    expect(result.value.report).toEqual(statusReport([community], '2027-03-01'));
    expect(result.value.report.totals.overdueMilestones).toBe(1);
  });

  it('says what is wrong and where, without throwing', () => {
    const result = safeParseStatusSnapshot({ asOf: '2027-03-01', communities: [community, community] });
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([['communities', 1, 'id']]);
    expect(safeParseStatusSnapshot('nonsense').ok).toBe(false);
  });
});
