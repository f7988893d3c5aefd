import { actionPlanStepsToCsv, actionPlanToICalendar, type ActionPlan } from '@sel/core';
import { downloadText } from '../shared/download.js';

/** What a plan gives out: its steps as a spreadsheet and as calendar events, and a printed worksheet. */

/** A file name from the plan's title: letters, digits and dashes only. */
export function planFileName(plan: ActionPlan, extension: string): string {
  const base = plan.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'plan'}.${extension}`;
}

export type PlanOut = 'csv' | 'ics' | 'print';

/** Gives the plan out: a CSV or iCalendar download, or the browser's print dialog. */
export function givePlanOut(host: HTMLElement, plan: ActionPlan, out: PlanOut, now: Date = new Date()): void {
  if (out === 'print') {
    host.ownerDocument.defaultView?.print();
    return;
  }
  if (out === 'csv') {
    downloadText(host, actionPlanStepsToCsv(plan), planFileName(plan, 'csv'), 'text/csv');
    return;
  }
  const calendarId = planFileName(plan, 'plan').replace(/\.plan$/, '');
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  downloadText(host, actionPlanToICalendar(plan, calendarId, stamp), planFileName(plan, 'ics'), 'text/calendar');
}
