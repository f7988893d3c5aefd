// Growth since a previous assessment, loaded the first time a rubric is given one: a page that
// only rates never downloads it.
export { compareAssessments } from '@sel/core';
