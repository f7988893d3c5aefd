import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRubric, checkRubricInSteps } from './rubric-reader.js';
import { safeParseRubric } from './rubric-schema.js';
import { districtRubric, labelOnlyRubric, sixLevelRubric } from './test-rubrics.js';
import { brokenDocuments, expectSameReading } from './test-plain-reader.js';

/** A small rubric with every optional field of the schema, and a key it does not know. */
const rubric = {
  id: 'plan-for-sel',
  version: '2026.1',
  title: 'District SEL rubric',
  scope: 'district',
  description: 'Four focus areas',
  source: 'CASEL',
  lang: 'en-US',
  publisher: 'a key the schema does not know',
  levels: [
    { value: 1, label: 'Not yet', description: 'Nothing in place' },
    { value: 2, label: 'Partly' },
    { value: 3, label: 'Fully' },
  ],
  focusAreas: [
    {
      id: 'shared-vision',
      number: 1,
      title: 'Build shared vision',
      description: 'Why SEL',
      practices: [
        {
          id: 'plan',
          title: 'Plan for SEL',
          description: 'A plan',
          indicators: [
            {
              id: 'plan-written',
              text: 'A written plan exists',
              fullImplementation: 'Written and shared',
              descriptors: ['None', 'A draft', 'Adopted'],
              tags: ['planning', 'vision'],
            },
            { id: 'plan-shared', text: 'The plan is shared', descriptors: [] },
          ],
        },
      ],
    },
    {
      id: 'adult-sel',
      title: 'Strengthen adult SEL',
      practices: [
        { id: 'staff', title: 'Staff learning', indicators: [{ id: 'staff-time', text: 'Time for learning' }] },
      ],
    },
  ],
  translations: {
    es: {
      title: 'Rúbrica distrital de SEL',
      description: 'Cuatro áreas de enfoque',
      source: 'CASEL',
      levels: { '1': { label: 'Todavía no', description: 'Nada en marcha' }, '3': { label: 'Por completo' } },
      focusAreas: { 'shared-vision': { title: 'Crear una visión compartida', description: 'Por qué SEL' } },
      practices: { plan: { title: 'Planificar el SEL', description: 'Un plan' } },
      indicators: {
        'plan-written': {
          text: 'Existe un plan escrito',
          fullImplementation: 'Escrito y compartido',
          descriptors: ['Ninguno', 'Un borrador', 'Adoptado'],
        },
      },
    },
    'es-MX': { indicators: { 'staff-time': { text: 'Tiempo para aprender' } } },
  },
};

/** Both ways of reading in plain code: at once, and in steps run to the end. */
function plainReadings(input: unknown) {
  const steps = checkRubricInSteps(input);
  let step = steps.next();
  let count = 0;
  while (!step.done) {
    count += 1;
    step = steps.next();
  }
  return { atOnce: checkRubric(input), inSteps: step.value, steps: count };
}

describe('checkRubric', () => {
  it("gives the schema's value for valid rubrics, unknown keys left out", () => {
    for (const valid of [rubric, districtRubric, labelOnlyRubric, sixLevelRubric]) {
      const { atOnce, inSteps } = plainReadings(valid);
      expect(atOnce.ok).toBe(true);
      expectSameReading(atOnce, safeParseRubric(valid), valid.id);
      expectSameReading(inSteps, safeParseRubric(valid), valid.id);
    }
    const read = checkRubric(rubric);
    expect(read.ok && Object.keys(read.value)).not.toContain('publisher');
    expect(read.ok && read.value).not.toBe(rubric);
  });

  it('takes a step after each indicator', () => {
    expect(plainReadings(rubric).steps).toBe(3);
  });

  it('gives the same verdict, value and issues (paths, codes, messages, order) as the schema', () => {
    fc.assert(
      fc.property(brokenDocuments(rubric), ({ input, describe: what }) => {
        const schema = safeParseRubric(input);
        const { atOnce, inSteps } = plainReadings(input);
        expectSameReading(atOnce, schema, what);
        expectSameReading(inSteps, schema, what);
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('agrees with the schema on what is not a rubric at all', () => {
    for (const input of [null, undefined, 'rubric', 42, [], [rubric], new Date(0), Object.create(null)]) {
      expectSameReading(checkRubric(input), safeParseRubric(input), Object.prototype.toString.call(input));
    }
  });
});
