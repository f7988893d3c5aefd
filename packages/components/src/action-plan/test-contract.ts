import { userEvent } from 'vitest/browser';
import type { PartnerActionPlan } from '@sel/core';
import type { ContractSubject } from '../test/contract/subject.js';
import { partnerPlan, tabToFirstStatus } from './test-plans.js';

const withStatus = (status: 'done' | 'blocked'): PartnerActionPlan => {
  const plan = partnerPlan();
  const [first, ...rest] = plan.actionSteps;
  return first ? { ...plan, actionSteps: [{ ...first, status, updated: '2026-11-15' }, ...rest] } : plan;
};

/** `<sel-action-plan>` in the contract suite (`test/contract/`). */
export const actionPlanContract: ContractSubject = {
  tag: 'sel-action-plan',
  define: () => import('./define.js'),
  property: 'plan',
  attributes: { today: '2026-11-15' },
  valid: partnerPlan,
  shows: 'Shared SEL goal',
  showsInSpanish: 'Meta compartida de aprendizaje socioemocional',
  invalid: () => ({ ...partnerPlan(), actionSteps: [{ ...partnerPlan().actionSteps[0], due: '2026-02-30' }] }),
  invalidPath: ['actionSteps', 0, 'due'],
  events: [
    {
      name: 'sel-plan-change',
      cause: async (element) => {
        const radio = element.shadowRoot?.querySelector('input[type="radio"][value="done"]');
        if (!radio) throw new Error('<sel-action-plan> shows no status to choose');
        await userEvent.click(radio);
      },
    },
  ],
  form: {
    value: () => withStatus('done'),
    missing: () => null,
    invalidValue: () => ({ ...withStatus('blocked'), sharedGoal: ' ' }),
    invalidValuePath: ['value', 'sharedGoal'],
    // The first step is in progress: the next status choice marks it done.
    change: async (element) => {
      if (await tabToFirstStatus(element)) await userEvent.keyboard('{ArrowRight}');
    },
  },
};

export default actionPlanContract;
