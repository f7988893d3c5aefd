import { US_STATE_CODES } from '@sel/core';
import type { UsState } from '@sel/core';

// A module of its own, so a page that shows state names only in English does not download these.

/** The Spanish name of each state, DC and territory, in the order of `US_STATE_CODES`. */
const SPANISH =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawái,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Luisiana,Maine,Maryland,Massachusetts,Míchigan,Minesota,Misisipi,Misuri,Montana,Nebraska,Nevada,Nuevo Hampshire,Nueva Jersey,Nuevo México,Nueva York,Carolina del Norte,Dakota del Norte,Ohio,Oklahoma,Oregón,Pensilvania,Rhode Island,Carolina del Sur,Dakota del Sur,Tennessee,Texas,Utah,Vermont,Virginia,Washington,Virginia Occidental,Wisconsin,Wyoming,Distrito de Columbia,Samoa Americana,Guam,Islas Marianas del Norte,Puerto Rico,Islas Vírgenes de los Estados Unidos';

/** The Spanish name of every state, DC and inhabited territory, by code. */
export const usStateNamesEs: Readonly<Record<UsState, string>> = /* @__PURE__ */ (() => {
  const spanish = SPANISH.split(',');
  return Object.fromEntries(US_STATE_CODES.map((code, index) => [code, spanish[index] ?? code])) as Record<
    UsState,
    string
  >;
})();
