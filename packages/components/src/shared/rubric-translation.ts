// The code that puts a rubric's translated texts in place (`localizeRubric`), loaded by
// `<sel-rubric>` and `<sel-assessment-report>` the first time one of a rubric's translations fits
// the element's language, so a page whose rubric needs none never fetches it.
export { localizeRubric } from '@sel/core';
