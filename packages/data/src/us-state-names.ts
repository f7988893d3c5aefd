import { US_STATE_CODES } from '@sel/core';
import type { BilingualText, UsState } from '@sel/core';

/** The English name of each state, DC and territory, in the order of `US_STATE_CODES`. */
const ENGLISH =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming,District of Columbia,American Samoa,Guam,Northern Mariana Islands,Puerto Rico,U.S. Virgin Islands';

/** The Spanish names that differ from the English ones. */
const SPANISH: Partial<Record<UsState, string>> = {
  HI: 'Hawái',
  LA: 'Luisiana',
  MI: 'Míchigan',
  MN: 'Minesota',
  MS: 'Misisipi',
  MO: 'Misuri',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  NY: 'Nueva York',
  NC: 'Carolina del Norte',
  ND: 'Dakota del Norte',
  OR: 'Oregón',
  PA: 'Pensilvania',
  SC: 'Carolina del Sur',
  SD: 'Dakota del Sur',
  WV: 'Virginia Occidental',
  DC: 'Distrito de Columbia',
  AS: 'Samoa Americana',
  MP: 'Islas Marianas del Norte',
  VI: 'Islas Vírgenes de los Estados Unidos',
};

function names(): Readonly<Record<UsState, BilingualText>> {
  const english = ENGLISH.split(',');
  return Object.fromEntries(
    US_STATE_CODES.map((code, index) => {
      const en = english[index] ?? code;
      return [code, { en, es: SPANISH[code] ?? en }];
    }),
  ) as Record<UsState, BilingualText>;
}

/** The name of every state, DC and inhabited territory, in English and Spanish. */
export const usStateNames: Readonly<Record<UsState, BilingualText>> = /* @__PURE__ */ names();
