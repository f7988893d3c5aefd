// The district SEL team's cycle on examples/district-workspace.html, written once for every engine:
// the Chromium and Firefox test drives it with Playwright (district-workspace.test.ts), the WebKit
// test with WebDriver (district-workspace.webkit.test.ts). Each step is a key press on a control
// that has the focus (moved there the way the autosave walk does, in the element's shadow root)
// or a real navigation; page state is read with small expressions.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtRubric } from '../packages/data/src/index.js';
import { autoloadedPage } from './cdn-chunks.mjs';
import { repoRoot } from './static-server.js';

export const PAGE = '/examples/district-workspace.html';
export const SENT_PAGE = '/examples/district-workspace/sent.html';

/** The nine elements the page shows. */
export const TAGS = [
  'sel-rubric',
  'sel-assessment-report',
  'sel-resource-finder',
  'sel-action-plan',
  'sel-partner-inventory',
  'sel-partner-card-sort',
  'sel-partner-touchpoints',
  'sel-milestone-timeline',
  'sel-status-map',
] as const;

/** The CDN issue's budget for a page with every element, min+gz. */
export const DOWNLOAD_GOAL_KB = 90;

/** The focus area the team rates: the first of the district rubric. */
const area = districtRubric.focusAreas[0];
if (area === undefined) throw new Error('the district rubric has no focus area');
export const RATED = area.practices.flatMap((practice) => practice.indicators.map((indicator) => indicator.id));
/** The weak indicator the team finds help for: the one the action plan's first goal is about. */
export const WEAK = 'cross-department-structures';
const weakIndicator = area.practices.flatMap((practice) => practice.indicators).find((each) => each.id === WEAK);
if (weakIndicator === undefined) throw new Error(`${WEAK} is not in the district rubric's first focus area`);

/** The texts of the indicators the district plan has goals for, from the page's plan file. */
const goalIndicatorTexts = (() => {
  const plan = JSON.parse(readFileSync(join(repoRoot, 'examples/district-workspace/action-plan.json'), 'utf8')) as {
    goals: { indicatorIds?: string[] }[];
  };
  const texts = new Map(
    districtRubric.focusAreas.flatMap((each) =>
      each.practices.flatMap((practice) => practice.indicators.map((indicator) => [indicator.id, indicator.text])),
    ),
  );
  return plan.goals.flatMap((goal) => goal.indicatorIds ?? []).map((id) => texts.get(id) ?? id);
})();

/** The spreadsheet the team pastes into the inventory (one word per cell: WebKitWebDriver drops typed spaces). */
export const IMPORTED = { id: 'ymca', name: 'YMCA', csv: 'name,kind\nYMCA,out-of-school-time' } as const;
export const CHECKED_IN_BY = 'Kevin-Osei';

/** What a scenario needs from a browser: navigation, key presses and reading the page. */
export interface PageDriver {
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** The value of a JavaScript expression in the page (a promise is awaited). */
  read<T>(expression: string): Promise<T>;
  press(key: 'Space' | 'Enter' | 'ArrowRight' | 'Tab'): Promise<void>;
  /** Types text into the focused control; `\n` is the Enter key. */
  type(text: string): Promise<void>;
  /** The path of the page shown. */
  path(): Promise<string>;
  /** axe (WCAG 2.1 A and AA) on the whole page, shadow roots included: each violation as `id: n node(s)`. */
  axe(): Promise<string[]>;
}

/** What the walk saw, for the test to check. */
export interface Walk {
  /** axe violations at each stage, by stage. */
  readonly axe: Record<string, string[]>;
  /** The report's text right after the first rating, and before. */
  readonly reportBefore: string;
  readonly reportAfter: string;
  /** The resource chosen in the finder, and where the plan put it. */
  readonly chosen: { id: string; title: string };
  /**
   * A resource chosen before it for a weak indicator the district plan has no goal for, and the
   * resources each plan gained from both choices.
   */
  readonly goalless: { title: string; districtGained: string[]; partnerGained: string[] };
  /** Page state after the reload and the three Restores. */
  readonly restored: {
    readonly ratings: Record<string, number>;
    readonly reportRounds: number;
    readonly planResources: string[];
    readonly tier: string | null;
    readonly checkIns: number;
    readonly touchpointsText: string;
  };
  /** What the server receives from each form, entry by entry. */
  readonly received: Record<string, Record<string, string>>;
  /** The paths the page fetched before the reload. */
  readonly fetched: string[];
}

const host = (id: string): string => `document.getElementById(${JSON.stringify(id)})`;
const shadowText = (id: string): string => `(${host(id)}?.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ')`;

/** Waits until `check` holds, reading the page every 100 ms for up to 30 s (a loaded CI runner is slow). */
export async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Focuses, in the shadow root of element `id`, the first control matching `selector` whose text
 * (or `aria-label`) contains `text`; throws when there is none or it did not take the focus.
 */
async function focus(page: PageDriver, id: string, selector: string, text = ''): Promise<void> {
  const done = await page.read<boolean>(`(() => {
    const root = ${host(id)}?.shadowRoot;
    const control = [...(root?.querySelectorAll(${JSON.stringify(selector)}) ?? [])].find((each) =>
      ((each.getAttribute('aria-label') ?? '') + ' ' + each.textContent).includes(${JSON.stringify(text)}),
    );
    control?.focus();
    return control !== undefined && root.activeElement === control;
  })()`);
  if (!done) throw new Error(`could not focus ${selector} "${text}" in #${id}`);
}

/** Focuses a control of the page itself (outside the elements). */
async function focusPage(page: PageDriver, selector: string): Promise<void> {
  const done = await page.read<boolean>(`(() => {
    const control = document.querySelector(${JSON.stringify(selector)});
    control?.focus();
    return control !== null && document.activeElement === control;
  })()`);
  if (!done) throw new Error(`could not focus ${selector}`);
}

const rating = (indicator: string): string =>
  `(${host('district-rubric')}?.value?.ratings?.[${JSON.stringify(indicator)}]?.level ?? null)`;

/** Every element of the page rendered its data. */
async function ready(page: PageDriver): Promise<void> {
  const counts: [string, string, number][] = [
    ['district-rubric', 'input[type="radio"]', 1],
    ['district-report', 'section', 1],
    ['resource-finder', '.resource', 1],
    ['district-plan', 'ol', 1],
    ['partner-inventory', 'tbody tr', 1],
    ['partner-sort', 'li.card', 1],
    ['partner-touchpoints', 'tbody tr', 1],
    ['partner-plan', 'ol', 1],
    ['community-timeline', 'button', 3],
    ['status-map', '.grid .tile', 52],
  ];
  for (const [id, selector, least] of counts) {
    await until(
      async () =>
        (await page.read<number>(`${host(id)}?.shadowRoot?.querySelectorAll('${selector}').length ?? 0`)) >= least,
      `#${id} to render`,
    );
  }
}

/** Deletes every draft of the site (the walk starts from none). */
const deleteDrafts = `new Promise((resolve) => {
  const request = indexedDB.open('sel-drafts');
  request.onupgradeneeded = () => request.result.createObjectStore('drafts');
  request.onerror = () => resolve(false);
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').clear();
    tx.oncomplete = () => { db.close(); resolve(true); };
  };
})`;

/** The keys of the drafts kept, read straight from IndexedDB. */
const draftKeys = `new Promise((resolve) => {
  const request = indexedDB.open('sel-drafts');
  request.onupgradeneeded = () => request.result.createObjectStore('drafts');
  request.onerror = () => resolve([]);
  request.onsuccess = () => {
    const db = request.result;
    const keys = db.transaction('drafts').objectStore('drafts').getAllKeys();
    keys.onsuccess = () => { db.close(); resolve(keys.result.map(String)); };
    keys.onerror = () => { db.close(); resolve([]); };
  };
})`;

/** The value of the draft whose key ends with `#<tag>:<id>`, as JSON text, or `null`. */
const draftOf = (tag: string, id: string): string => `new Promise((resolve) => {
  const request = indexedDB.open('sel-drafts');
  request.onupgradeneeded = () => request.result.createObjectStore('drafts');
  request.onerror = () => resolve(null);
  request.onsuccess = () => {
    const db = request.result;
    const all = db.transaction('drafts').objectStore('drafts').getAll();
    all.onsuccess = () => {
      db.close();
      const draft = all.result.find((each) => String(each.key).endsWith(${JSON.stringify(`#${tag}:${id}`)}));
      resolve(draft ? JSON.stringify(draft.value) : null);
    };
    all.onerror = () => { db.close(); resolve(null); };
  };
})`;

async function draftValue<T>(page: PageDriver, tag: string, id: string): Promise<T | null> {
  const text = await page.read<string | null>(draftOf(tag, id));
  return text === null ? null : (JSON.parse(text) as T);
}

interface WorkbookValue {
  partners: { id: string }[];
  assignments: Record<string, string>;
  touchpoints: { partnerId: string; by: string }[];
}

/** Opens the page with no draft kept. */
async function start(page: PageDriver): Promise<void> {
  await page.goto(PAGE);
  await ready(page);
  await page.read(deleteDrafts);
  await page.reload();
  await ready(page);
}

/** Rates focus area 1 by keyboard: the weak indicator at level 1, the others at level 3. */
async function rateFocusArea(page: PageDriver): Promise<void> {
  for (const indicator of RATED) {
    await focus(page, 'district-rubric', `input[type="radio"][data-indicator="${indicator}"]`);
    await page.press('Space');
    if (indicator !== WEAK) {
      await page.press('ArrowRight');
      await page.press('ArrowRight');
    }
    const level = indicator === WEAK ? 1 : 3;
    await until(async () => (await page.read<number | null>(rating(indicator))) === level, `${indicator} at ${level}`);
  }
}

/** Chooses, in the finder, the best match for the weak indicator; returns it once the plan has it. */
async function chooseResource(page: PageDriver): Promise<{ id: string; title: string }> {
  const finder = host('resource-finder');
  await until(
    () => page.read<boolean>(`${shadowText('resource-finder')}.includes('Resources for your weakest indicators')`),
    'the finder to look for the weakest indicators',
  );
  // The first result that says it helps with the weak indicator.
  const title = await page.read<string | null>(`(() => {
    const result = [...(${finder}.shadowRoot.querySelectorAll('.resource'))].find((each) =>
      each.querySelector('.resource__helps')?.textContent.includes(${JSON.stringify(weakIndicator?.text ?? '')}),
    );
    return result?.querySelector('.resource__title')?.textContent.trim() ?? null;
  })()`);
  if (title === null) throw new Error('the finder offers nothing for the weak indicator');
  await focus(page, 'resource-finder', '.resource__choose', `: ${title}`);
  await page.press('Enter');
  const goal = `${host('district-plan')}.value.goals.find((each) => each.indicatorIds?.includes(${JSON.stringify(WEAK)}))`;
  await until(async () => (await page.read<number>(`${goal}?.resourceIds?.length ?? 0`)) > 0, 'the plan to take it');
  const id = await page.read<string>(`${goal}.resourceIds.at(-1)`);
  await until(
    () => page.read<boolean>(`${shadowText('district-plan')}.includes(${JSON.stringify(title)})`),
    'the plan to show it',
  );
  return { id, title };
}

/** Every resource of the district plan's goals and of the partner plan, as JSON text. */
const planResources = `JSON.stringify([
  ${host('district-plan')}.value.goals.flatMap((goal) => goal.resourceIds ?? []),
  ${host('partner-plan')}.value.resourceIds ?? [],
])`;

/**
 * Chooses, in the finder, a resource offered only for weak indicators the district plan has no
 * goal for: no plan may take it (the partner plan takes resources from its own section only).
 */
async function chooseResourceWithoutGoal(page: PageDriver): Promise<string> {
  await until(
    () => page.read<boolean>(`${shadowText('resource-finder')}.includes('Resources for your weakest indicators')`),
    'the finder to look for the weakest indicators',
  );
  const title = await page.read<string | null>(`(() => {
    const goals = ${JSON.stringify(goalIndicatorTexts)};
    const result = [...(${host('resource-finder')}.shadowRoot.querySelectorAll('.resource'))].find((each) => {
      const helps = each.querySelector('.resource__helps')?.textContent.trim() ?? '';
      return helps !== '' && !goals.some((text) => helps.includes(text));
    });
    return result?.querySelector('.resource__title')?.textContent.trim() ?? null;
  })()`);
  if (title === null) throw new Error('the finder offers nothing for a weak indicator without a goal');
  await focus(page, 'resource-finder', '.resource__choose', `: ${title}`);
  await page.press('Enter');
  return title;
}

/** Pastes the spreadsheet in the inventory's import panel and imports it, by keyboard. */
async function importPartners(page: PageDriver): Promise<void> {
  await focus(page, 'partner-inventory', '[data-action="import"]');
  await page.press('Enter');
  await until(
    () => page.read<boolean>(`${host('partner-inventory')}.shadowRoot.activeElement?.id === 'import-text'`),
    'the import box to take the focus',
  );
  await page.type(IMPORTED.csv);
  const typed = await page.read<string>(`${host('partner-inventory')}.shadowRoot.querySelector('#import-text').value`);
  if (typed !== IMPORTED.csv) throw new Error(`the import box holds ${JSON.stringify(typed)}`);
  await focus(page, 'partner-inventory', '[data-action="preview"]');
  await page.press('Enter');
  await until(
    () =>
      page.read<boolean>(
        `${host('partner-inventory')}.shadowRoot.querySelector('[data-action="run-import"]') !== null`,
      ),
    'the preview',
  );
  await focus(page, 'partner-inventory', '[data-action="run-import"]');
  await page.press('Enter');
  await until(
    () =>
      page.read<boolean>(`${host('partner-inventory')}.value.partners.some((each) => each.id === '${IMPORTED.id}')`),
    'the imported partner in the workbook',
  );
  await until(
    () => page.read<boolean>(`${shadowText('partner-sort')}.includes('${IMPORTED.name}')`),
    'the imported partner on the card sort',
  );
}

/** Picks the imported partner up on the board, moves it to tier 1 (Clearly supports SEL) and drops it. */
async function sortPartner(page: PageDriver): Promise<void> {
  await focus(page, 'partner-sort', 'button', `Move ${IMPORTED.name}`);
  await page.press('Space');
  await page.press('ArrowRight');
  await page.press('Space');
  await until(
    () => page.read<boolean>(`${host('partner-sort')}.value?.['${IMPORTED.id}'] === 'clearly-supports'`),
    'the partner in tier 1',
  );
  await until(
    () => page.read<boolean>(`${host('partner-inventory')}.value.assignments['${IMPORTED.id}'] === 'clearly-supports'`),
    'the inventory to hear of the move',
  );
}

/** Logs a check-in with the new tier 1 partner from its first row in the touchpoints. */
async function logCheckIn(page: PageDriver): Promise<void> {
  await until(
    () => page.read<boolean>(`${shadowText('partner-touchpoints')}.includes('${IMPORTED.name}')`),
    'its touchpoints',
  );
  await focus(page, 'partner-touchpoints', '[data-action="log"]', IMPORTED.name);
  await page.press('Enter');
  await until(
    () => page.read<boolean>(`${host('partner-touchpoints')}.shadowRoot.activeElement?.id === 'checkin-date'`),
    'the check-in form',
  );
  await focus(page, 'partner-touchpoints', '#checkin-by');
  await page.type(CHECKED_IN_BY);
  await focus(page, 'partner-touchpoints', 'dialog button[type="submit"]');
  await page.press('Enter');
  await until(
    () =>
      page.read<boolean>(
        `${host('partner-inventory')}.value.touchpoints.some((each) => each.partnerId === '${IMPORTED.id}' && each.by === '${CHECKED_IN_BY}')`,
      ),
    'the check-in in the workbook',
  );
}

/** Waits for the drafts of the rubric, the plan and the inventory to hold the walk's work. */
async function draftsKept(page: PageDriver, resource: string): Promise<void> {
  await until(async () => {
    const assessment = await draftValue<{ ratings: Record<string, unknown> }>(page, 'sel-rubric', 'district-rubric');
    return assessment !== null && RATED.every((id) => id in assessment.ratings);
  }, 'the ratings to be kept as a draft');
  await until(
    async () =>
      JSON.stringify(await draftValue(page, 'sel-action-plan', 'district-plan')).includes(JSON.stringify(resource)),
    'the plan with the resource to be kept as a draft',
  );
  await until(async () => {
    const workbook = await draftValue<WorkbookValue>(page, 'sel-partner-inventory', 'partner-inventory');
    return (
      workbook !== null &&
      workbook.assignments[IMPORTED.id] === 'clearly-supports' &&
      workbook.touchpoints.some((each) => each.partnerId === IMPORTED.id)
    );
  }, 'the workbook with the sort and the check-in to be kept as a draft');
}

/**
 * After a reload, each element with a draft offers it: Restore by keyboard. A browser that puts
 * the form back itself (Firefox on a reload) leaves nothing to offer; either way the work is back.
 */
async function restore(page: PageDriver, ids: readonly string[]): Promise<void> {
  const plan = host('district-plan');
  const back: Record<string, string> = {
    'district-rubric': `${rating(WEAK)} === 1`,
    'district-plan': `${plan}.value?.goals.some((goal) => goal.indicatorIds?.includes('${WEAK}') && (goal.resourceIds?.length ?? 0) > 0)`,
    'partner-inventory': `${host('partner-inventory')}.value?.partners.some((each) => each.id === '${IMPORTED.id}')`,
  };
  const checks = ids.map((id) => [id, back[id] ?? 'false'] as const);
  for (const [id, shown] of checks) {
    await until(
      async () =>
        (await page.read<boolean>(`${shadowText(id)}.includes('Restore your unsaved changes from')`)) ||
        (await page.read<boolean>(`Boolean(${shown})`)),
      `#${id} to offer its draft`,
    );
    if (await page.read<boolean>(`${shadowText(id)}.includes('Restore your unsaved changes from')`)) {
      await focus(page, id, 'button', 'Restore');
      await page.press('Enter');
    }
    await until(() => page.read<boolean>(`Boolean(${shown})`), `#${id} to show its work again`);
  }
}

/** Sends the form `formId` with its submit button and reads what arrived, entry by entry. */
async function send(page: PageDriver, formId: string): Promise<Record<string, string>> {
  await focusPage(page, `#${formId} button[type="submit"]`);
  await page.press('Enter');
  await until(async () => (await page.path()) === SENT_PAGE, `#${formId} to be sent`);
  await until(() => page.read<boolean>(`document.querySelector('#received, main > p') !== null`), 'the sent page');
  const received = await page.read<Record<string, string>>(
    `Object.fromEntries([...new URLSearchParams(location.search)])`,
  );
  // The page shows each entry; a server would store it.
  const shown = await page.read<string[]>(
    `[...document.querySelectorAll('pre[data-entry]')].map((each) => each.dataset.entry)`,
  );
  if (JSON.stringify(shown) !== JSON.stringify(Object.keys(received)))
    throw new Error(
      `the sent page shows ${JSON.stringify(shown)}, the form sent ${JSON.stringify(Object.keys(received))}`,
    );
  return received;
}

/** The whole cycle, keyboard only, with axe at each stage, a reload, and the forms sent. */
export async function walkTheCycle(page: PageDriver): Promise<Walk> {
  const axe: Record<string, string[]> = {};
  await start(page);
  axe['loaded'] = await page.axe();

  const reportBefore = await page.read<string>(shadowText('district-report'));
  await rateFocusArea(page);
  await until(
    () => page.read<boolean>(`${shadowText('district-report')}.includes('4 rounds')`),
    'the report to show the round being rated',
  );
  const reportAfter = await page.read<string>(shadowText('district-report'));
  // The plans take choices in order: once the second is in the district plan, the first was heard.
  const [districtBefore = [], partnerBefore = []] = JSON.parse(await page.read<string>(planResources)) as string[][];
  const goallessTitle = await chooseResourceWithoutGoal(page);
  const chosen = await chooseResource(page);
  const [districtAfter = [], partnerAfter = []] = JSON.parse(await page.read<string>(planResources)) as string[][];
  const goalless = {
    title: goallessTitle,
    districtGained: districtAfter.filter((id) => !districtBefore.includes(id)),
    partnerGained: partnerAfter.filter((id) => !partnerBefore.includes(id)),
  };
  axe['assessed and planned'] = await page.axe();

  await importPartners(page);
  // The import is kept as a draft before the next step, as when a person pauses: the sort and the
  // check-in below reach the inventory through its `value`, and must be kept too.
  await until(async () => {
    const workbook = await draftValue<WorkbookValue>(page, 'sel-partner-inventory', 'partner-inventory');
    return workbook?.partners.some((each) => each.id === IMPORTED.id) === true;
  }, 'the import to be kept as a draft');
  await sortPartner(page);
  await logCheckIn(page);
  axe['partners'] = await page.axe();

  await draftsKept(page, chosen.id);
  const fetched = await page.read<string[]>(
    `performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)`,
  );
  await page.reload();
  await ready(page);
  await restore(page, ['district-rubric', 'district-plan', 'partner-inventory']);
  await until(() => page.read<boolean>(`${shadowText('district-report')}.includes('4 rounds')`), 'the report again');
  await until(
    () => page.read<boolean>(`${host('partner-sort')}.value?.['${IMPORTED.id}'] === 'clearly-supports'`),
    'the card sort again',
  );
  const restored = {
    ratings: await page.read<Record<string, number>>(
      `Object.fromEntries(Object.entries(${host('district-rubric')}.value.ratings).map(([id, r]) => [id, r.level]))`,
    ),
    reportRounds: Number(
      (await page.read<string>(shadowText('district-report'))).match(/(\d+) rounds/)?.[1] ?? Number.NaN,
    ),
    planResources: await page.read<string[]>(
      `${host('district-plan')}.value.goals.flatMap((goal) => goal.resourceIds ?? [])`,
    ),
    tier: await page.read<string | null>(`${host('partner-sort')}.value?.['${IMPORTED.id}'] ?? null`),
    checkIns: await page.read<number>(
      `${host('partner-touchpoints')}.workbook?.touchpoints.filter((each) => each.partnerId === '${IMPORTED.id}').length ?? 0`,
    ),
    touchpointsText: await page.read<string>(shadowText('partner-touchpoints')),
  };
  axe['reloaded and restored'] = await page.axe();

  // Each form sent deletes its elements' drafts: the next visit offers only the others.
  const received: Record<string, Record<string, string>> = {};
  const sends: [string, string[]][] = [
    ['partners-form', []],
    ['assessment-form', ['district-rubric', 'district-plan']],
    ['plan-form', ['district-plan']],
  ];
  for (const [form, drafts] of sends) {
    if ((await page.path()) !== PAGE) {
      await page.goto(PAGE);
      await ready(page);
      await restore(page, drafts);
    }
    received[form] = await send(page, form);
    if (form === 'partners-form') axe['sent'] = await page.axe();
  }
  await until(async () => (await page.read<string[]>(draftKeys)).length === 0, 'every draft to be deleted');
  return { axe, reportBefore, reportAfter, chosen, goalless, restored, received, fetched };
}

/** A built file's size, minified as built and gzipped at level 9 (as .size-limit.mjs counts), in bytes. */
function gzipped(path: string): number {
  return gzipSync(readFileSync(join(repoRoot, path)), { level: 9 }).length;
}

/**
 * The page's download through the autoloader, min+gz: what the built autoloader and the nine
 * elements' chunks import (`autoloadedPage`), and what the page really fetched from the CDN
 * folder (the same, and the chunks loaded on first use: the catalog, the draft keeper, ...).
 */
export function downloadReport(fetched: readonly string[]): { statically: number; fetched: number; line: string } {
  const kB = (bytes: number): string => (bytes / 1000).toFixed(2);
  const statically = autoloadedPage([...TAGS]).reduce((sum, path) => sum + gzipped(path), 0);
  const cdn = [...new Set(fetched)].filter((path) => path.startsWith('/packages/components/dist/cdn/'));
  const total = cdn.reduce((sum, path) => sum + gzipped(path.slice(1)), 0);
  const line =
    `district workspace download through the autoloader, min+gz: ${kB(statically)} kB for the nine elements ` +
    `(goal ${String(DOWNLOAD_GOAL_KB)} kB); ${kB(total)} kB in ${String(cdn.length)} files actually fetched ` +
    `by the walk (with the chunks loaded on first use)`;
  return { statically, fetched: total, line };
}
