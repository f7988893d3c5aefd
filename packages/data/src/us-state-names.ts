import { US_STATE_CODES } from '@sel/core';
import type { BilingualText, UsState } from '@sel/core';
import { usStateNamesEn } from './us-state-names-en.js';
import { usStateNamesEs } from './us-state-names-es.js';

/**
 * The name of every state, DC and inhabited territory, in English and Spanish. Each language
 * alone: `usStateNamesEn`, `usStateNamesEs`.
 */
export const usStateNames: Readonly<Record<UsState, BilingualText>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    US_STATE_CODES.map((code) => [code, { en: usStateNamesEn[code], es: usStateNamesEs[code] }]),
  ) as Record<UsState, BilingualText>)();
