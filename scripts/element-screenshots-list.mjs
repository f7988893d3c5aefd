// What scripts/element-screenshots.mjs photographs and where it writes: one story of each element,
// in four views. The docs pages show these files (scripts/element-screenshots.test.ts checks it).

/**
 * The four views of every element: a desktop window, a 360 px phone, a dark host page, and print
 * (print media styles on a page as wide as a sheet of paper at 96 dpi).
 * @type {readonly { name: string, viewport: { width: number, height: number }, maxHeight: number, colorScheme: 'light' | 'dark', media: 'screen' | 'print' }[]}
 */
export const SCREENSHOT_VIEWS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, maxHeight: 1000, colorScheme: 'light', media: 'screen' },
  { name: 'phone', viewport: { width: 360, height: 740 }, maxHeight: 1400, colorScheme: 'light', media: 'screen' },
  { name: 'dark', viewport: { width: 1280, height: 800 }, maxHeight: 1000, colorScheme: 'dark', media: 'screen' },
  { name: 'print', viewport: { width: 794, height: 1123 }, maxHeight: 1600, colorScheme: 'light', media: 'print' },
];

/**
 * The story of each element that shows it at work with real data, by its element folder in
 * packages/components/src and its docs page docs/elements/<folder>.mdx.
 * @type {readonly { folder: string, tag: string, story: string }[]}
 */
export const screenshotStories = [
  { folder: 'rubric', tag: 'sel-rubric', story: 'components-rubric--partly-filled' },
  { folder: 'assessment-report', tag: 'sel-assessment-report', story: 'components-assessment-report--three-rounds' },
  { folder: 'resource-finder', tag: 'sel-resource-finder', story: 'components-resource-finder--catalog' },
  { folder: 'action-plan', tag: 'sel-action-plan', story: 'components-action-plan--district-plan' },
  { folder: 'partner-inventory', tag: 'sel-partner-inventory', story: 'components-partner-inventory--inventory' },
  { folder: 'partner-card-sort', tag: 'sel-partner-card-sort', story: 'components-partner-card-sort--partly-sorted' },
  {
    folder: 'partner-touchpoints',
    tag: 'sel-partner-touchpoints',
    story: 'components-partner-touchpoints--touchpoints',
  },
  { folder: 'milestone-timeline', tag: 'sel-milestone-timeline', story: 'components-milestone-timeline--partly-done' },
  { folder: 'status-map', tag: 'sel-status-map', story: 'components-status-map--by-phase' },
];

/**
 * The repository path of one screenshot.
 * @param {string} folder
 * @param {string} view
 */
export function screenshotFile(folder, view) {
  return `docs/assets/screenshots/${folder}-${view}.png`;
}
