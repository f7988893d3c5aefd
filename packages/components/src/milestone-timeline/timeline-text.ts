import { html, type TemplateResult } from 'lit';
import type { IsoDate, ScheduleEvent } from '@sel/core';
import type { SelMessageKey, SelMessageParams } from '../shared/i18n.js';

export { withParts } from '../shared/data-language.js';

/** Translates a message key (the element's `t`). */
export type Translate = (key: SelMessageKey, params?: SelMessageParams) => string;

/** A date as `<time datetime>` around its written form. */
export const dateTime = (date: IsoDate, text: string): TemplateResult => html`<time datetime=${date}>${text}</time>`;

/** "Fall 2026" / "Otoño 2026": Fall is named by the year it starts, Spring by the year it ends. */
export function semesterName(semester: ScheduleEvent, t: Translate): string {
  return semester.kind === 'fall-semester'
    ? t('timeline.semester.fall-semester', { year: semester.start.slice(0, 4) })
    : t('timeline.semester.spring-semester', { year: semester.end.slice(0, 4) });
}
