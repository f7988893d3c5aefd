// The framework consumers of scripts/consumer-check.mjs are generated from the manifest: every
// element gets a use with all its properties and events, and mistakes the types must catch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSubjects, reactSource, vueSource } from './consumer-check.mjs';

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'packages', 'components', 'custom-elements.json'), 'utf8'),
) as Parameters<typeof frameworkSubjects>[0];
const subjects = frameworkSubjects(manifest);

describe('the framework consumers', () => {
  it('cover every element of the manifest', () => {
    expect(subjects.map((subject) => subject.tag)).toEqual(
      expect.arrayContaining(['sel-rubric', 'sel-partner-card-sort', 'sel-milestone-timeline']),
    );
  });

  it.each(subjects.map((subject) => [subject.tag, subject] as const))(
    'use <%s> with every property and event, and expect a misspelled property to fail',
    (tag, subject) => {
      const react = reactSource(subjects);
      const vue = vueSource(subjects);
      for (const name of subject.properties) expect(react).toContain(`    ${name}={${subject.values}.${name}}`);
      for (const event of subject.events) {
        expect(react).toContain(`const exact: Equal<typeof event.detail, ${event.detail}> = true;`);
        expect(vue).toContain(`@${event.name}="on${subject.className}`);
        expect(vue).toContain(
          `<!-- @vue-expect-error the ${event.name} detail is typed -->\n  <${tag} @${event.name}=`,
        );
      }
      expect(react).toContain(`// @ts-expect-error a misspelled property\n    ${subject.misspelled}=`);
      expect(vue).toContain(`<!-- @vue-expect-error a misspelled property -->\n  <${tag} :`);
      expect(subject.properties).not.toContain(subject.misspelled);
    },
  );
});
