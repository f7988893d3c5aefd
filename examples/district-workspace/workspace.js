// The district workspace's wiring: each element's change handed to the next, by their events and
// properties only. A file of the page's origin (no inline script), so the page runs under a strict
// Content Security Policy. Custom elements upgrade when the autoloader has loaded them; setting a
// property before that is fine (the elements pick it up when they upgrade).
const element = (id) => document.getElementById(id);
const rubric = element('district-rubric');
const report = element('district-report');
const finder = element('resource-finder');
const plan = element('district-plan');
const inventory = element('partner-inventory');
const sort = element('partner-sort');
const touchpoints = element('partner-touchpoints');

const restored = (event) => event.detail.action === 'restored';

// Assess -> where we stand -> find help -> plan. The report holds our earlier rounds; the round
// being rated joins them as the latest, the finder looks for help with its weakest indicators, and
// the plan proposes goals from it. A resource chosen in the finder (or "Add to plan" in the report)
// goes to the plan's goal for its indicator: the plan listens for it itself, to the elements its
// `resources-from` attribute names (the partner plan names its own form, so it never takes them).
const rounds = fetch(report.getAttribute('src')).then((response) => response.json());
rounds.then(({ rubric: districtRubric, assessments }) => {
  rubric.previous = assessments.at(-1);
  plan.rubric = districtRubric;
});
async function showRound(assessment) {
  if (!assessment || Object.keys(assessment.ratings).length === 0) return;
  const earlier = await rounds;
  report.report = { ...earlier, assessments: [...earlier.assessments, assessment] };
  finder.assessment = assessment;
  plan.assessment = assessment;
}
rubric.addEventListener('sel-assessment-change', (event) => showRound(event.detail.assessment));
rubric.addEventListener('sel-draft', (event) => restored(event) && showRound(rubric.value));

// Partners: one workbook. The inventory holds it (and keeps its draft); the card sort and the
// touchpoints show it, and hand their changes (a partner sorted, a check-in logged) back to it.
const share = (workbook, from) => {
  for (const part of [inventory, sort, touchpoints]) {
    if (part === from) continue;
    if (part === inventory) inventory.value = workbook;
    else part.workbook = workbook;
  }
};
for (const part of [inventory, sort, touchpoints]) {
  part.addEventListener('sel-workbook-change', (event) => share(event.detail.workbook, part));
}
inventory.addEventListener('sel-draft', (event) => restored(event) && share(inventory.value, inventory));

// A browser that puts a form back by itself on a reload (Firefox) sends no event: once each element
// has its data, hand on what it shows.
const settled = (part) => customElements.whenDefined(part.localName).then(() => part.dataSettled);
settled(rubric).then(() => showRound(rubric.value));
settled(inventory).then(() => inventory.value && share(inventory.value, inventory));
