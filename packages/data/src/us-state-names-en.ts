import { US_STATE_CODES } from '@sel/core';
import type { UsState } from '@sel/core';

/** The English name of each state, DC and territory, in the order of `US_STATE_CODES`. */
const ENGLISH =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming,District of Columbia,American Samoa,Guam,Northern Mariana Islands,Puerto Rico,U.S. Virgin Islands';

/** The English name of every state, DC and inhabited territory, by code. */
export const usStateNamesEn: Readonly<Record<UsState, string>> = /* @__PURE__ */ (() => {
  const english = ENGLISH.split(',');
  return Object.fromEntries(US_STATE_CODES.map((code, index) => [code, english[index] ?? code])) as Record<
    UsState,
    string
  >;
})();
