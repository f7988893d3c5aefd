import type { ContractSubject } from './subject.js';

/**
 * Every element the contract suite runs against. An element joins with one line: a loader of the
 * `test-contract.ts` beside it, which default-exports its `ContractSubject`.
 */
export const subjects: readonly (() => Promise<{ readonly default: ContractSubject }>)[] = [
  () => import('./contract-checklist.js'),
  () => import('../../milestone-timeline/test-contract.js'),
  () => import('../../rubric/test-contract.js'),
  () => import('../../status-map/test-contract.js'),
  () => import('../../action-plan/test-contract.js'),
  () => import('../../partner-card-sort/test-contract.js'),
  () => import('../../assessment-report/test-contract.js'),
  () => import('../../resource-finder/test-contract.js'),
  () => import('../../partner-inventory/test-contract.js'),
  () => import('../../partner-touchpoints/test-contract.js'),
];
