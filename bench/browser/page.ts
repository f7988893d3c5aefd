/**
 * The browser bench page, bundled by the runner with Lit in production mode. It measures inside
 * the page with `performance.now()`, so the runner's round trips to the browser never count.
 */
import '../../packages/components/src/rubric/define.js';
import '../../packages/components/src/partner-card-sort/define.js';
import '../../packages/components/src/milestone-timeline/define.js';
import '../../packages/components/src/status-map/define.js';
import '../../packages/components/src/assessment-report/define.js';
// The resource finder's keystroke timing lives in its own module (window.selFinderBench), the
// partner inventory's in inventory-page.ts (window.selInventoryBench).
import './finder-page.js';
import './inventory-page.js';
import { watchLoad } from './long-tasks.js';
import '../../packages/components/src/action-plan/define.js';
import { rubricSchema, safeParseRubric, type CaselActionPlan, type Rubric } from '@sel/core';
import { DataSourceController, yieldToMain } from '../../packages/components/src/shared/data-source.js';
import { validateInSteps } from '@sel/core';
import { compare, summarise } from '../harness/measure.js';
import type { MeasureOptions } from '../harness/measure.js';
import type {
  BenchComponent,
  BenchLongList,
  BenchWindow,
  DrawingOutcome,
  KeyTiming,
  LargeLoadOutcome,
  LoadTiming,
  RenderOutcome,
  SelBenchApi,
} from './api.js';
import {
  communityWithMilestones,
  districtRubricWith,
  fiveMegabyteRubric,
  partlyRatedAssessment,
  partnerSort,
  reportWithRounds,
  statusSnapshotWith,
} from './data.js';

/** A Lit element as the bench drives it. */
type LitElement = HTMLElement & { readonly updateComplete: Promise<boolean> };

/** An element that draws a long list in frames. */
type DrawingElement = LitElement & { readonly renderComplete: Promise<void> };

const stage = document.createElement('main');
document.body.append(stage);

/** Waits until the element has rendered everything its properties asked for. */
async function settled(el: LitElement): Promise<void> {
  while (!(await el.updateComplete)) {
    // An update requested while updating: wait for that one too.
  }
}

const rubric = districtRubricWith(60);
const assessment = partlyRatedAssessment(rubric);
const sort = partnerSort(1_000);
const community = communityWithMilestones(1_000);
const snapshot = statusSnapshotWith(200);
const report = reportWithRounds(rubric);

/** A new, not yet connected element of `component` with its benchmark data. */
function createComponent(component: BenchComponent): LitElement {
  switch (component) {
    case 'rubric': {
      const el = document.createElement('sel-rubric');
      el.rubric = rubric;
      el.assessment = assessment;
      return el;
    }
    case 'card-sort': {
      const el = document.createElement('sel-partner-card-sort');
      el.partners = sort.partners;
      el.assignments = sort.assignments;
      return el;
    }
    case 'timeline': {
      const el = document.createElement('sel-milestone-timeline');
      el.today = '2028-03-01';
      el.community = community;
      return el;
    }
    case 'assessment-report': {
      const el = document.createElement('sel-assessment-report');
      el.report = report;
      return el;
    }
    case 'status-map': {
      const el = document.createElement('sel-status-map');
      el.snapshot = snapshot;
      return el;
    }
  }
}

/** The CSS text of every style sheet the element's shadow root adopted. */
function adoptedCss(root: ShadowRoot): string {
  return root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
}

/**
 * A `<template>` holding what the component's shadow root ends up with: its rendered markup,
 * without Lit's comment markers, and its adopted styles in a `<style>`.
 */
function templateOf(el: LitElement): HTMLTemplateElement {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${el.localName} has no shadow root`);
  const template = document.createElement('template');
  template.innerHTML = `<style>${adoptedCss(root)}</style>${root.innerHTML.replace(/<!--[\s\S]*?-->/g, '')}`;
  return template;
}

const elementCount = (root: ParentNode) => root.querySelectorAll('*').length;

async function render(component: BenchComponent, options: MeasureOptions): Promise<RenderOutcome> {
  if (component === 'assessment-report') {
    // The report's "What next" module and the default catalog load once per page, when the first
    // report is shown; every report after that shows them in its first render. Load them first.
    const warm = createComponent(component) as DrawingElement;
    stage.append(warm);
    await warm.renderComplete;
    warm.remove();
  }
  // Render once untimed, to take the final markup for the baseline and check both sides match.
  const reference = createComponent(component);
  stage.append(reference);
  await settled(reference);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settled(reference);
  const template = templateOf(reference);
  const elements = elementCount(reference.shadowRoot ?? reference);
  reference.remove();

  let current: Element | undefined;
  const removeCurrent = () => {
    current?.remove();
    current = undefined;
  };
  // Each sample's time split in two: building the DOM, then the forced layout.
  const splits = {
    updateMs: [] as number[],
    layoutMs: [] as number[],
    cloneMs: [] as number[],
    cloneLayoutMs: [] as number[],
  };
  const renderComponent = async () => {
    const start = performance.now();
    const el = createComponent(component);
    current = el;
    stage.append(el);
    await settled(el);
    const updated = performance.now();
    const box = el.getBoundingClientRect();
    splits.updateMs.push(updated - start);
    splits.layoutMs.push(performance.now() - updated);
    return box;
  };
  const cloneTemplate = () => {
    const start = performance.now();
    const host = document.createElement('div');
    current = host;
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    stage.append(host);
    const cloned = performance.now();
    const box = host.getBoundingClientRect();
    splits.cloneMs.push(cloned - start);
    splits.cloneLayoutMs.push(performance.now() - cloned);
    return box;
  };

  // The subject's first render must already be the whole final markup, or the ratio would flatter it.
  await renderComponent();
  const rendered = current?.shadowRoot ? elementCount(current.shadowRoot) : 0;
  removeCurrent();
  cloneTemplate();
  const cloned = current?.shadowRoot ? elementCount(current.shadowRoot) - 1 : 0;
  removeCurrent();
  if (rendered !== elements || cloned !== elements) {
    throw new Error(
      `${component}: first render has ${rendered} elements, the settled render ${elements}, the template clone ${cloned}`,
    );
  }

  for (const times of Object.values(splits)) times.length = 0;
  const comparison = await compare(
    { run: renderComponent, after: removeCurrent },
    { run: cloneTemplate, after: removeCurrent },
    options,
  );
  const median = (times: readonly number[]) => summarise(times.slice(options.warmup), 1).median;
  return {
    comparison,
    elements,
    templateChars: template.innerHTML.length,
    breakdown: {
      updateMs: median(splits.updateMs),
      layoutMs: median(splits.layoutMs),
      baselineCloneMs: median(splits.cloneMs),
      baselineLayoutMs: median(splits.cloneLayoutMs),
    },
  };
}

// ---- long lists drawn in frames -------------------------------------------------------------

const bigRubric = fiveMegabyteRubric('long-text');

/** The selector of one row of each long list. */
const ROW: Readonly<Record<BenchLongList, string>> = {
  'rubric-5mb': 'fieldset.indicator',
  'card-sort': 'li.card',
  timeline: 'ol.list > li',
};

/** A new, not yet connected element of `list` with its data. */
function createLongList(list: BenchLongList): DrawingElement {
  if (list !== 'rubric-5mb') return createComponent(list) as DrawingElement;
  const el = document.createElement('sel-rubric');
  el.rubric = bigRubric;
  return el;
}

/** The time `performance.now()` gives inside the next animation frame's callbacks, and that frame's start. */
function nextFrame(): Promise<{ start: number; now: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame((start) => {
      resolve({ start, now: performance.now() });
    });
  });
}

/**
 * Notes when each animation frame's first callback begins, by wrapping `requestAnimationFrame`
 * until `stop()`. A drawing's element asks for its frame before the bench does, so that callback
 * is the element's: from its start to the bench's own callback is the element's batch, with its
 * update, style and layout, and nothing the browser did before (painting the last frame).
 */
function watchFrameStarts(): { readonly firstCallbackAt: () => number; readonly stop: () => void } {
  // The window holds its own methods (WebIDL puts a global's members on the object itself).
  const saved = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame');
  const original = window.requestAnimationFrame.bind(window);
  let frameTime = Number.NaN;
  let startedAt = Number.NaN;
  window.requestAnimationFrame = (callback) =>
    original((time) => {
      if (time !== frameTime) {
        frameTime = time;
        startedAt = performance.now();
      }
      callback(time);
    });
  return {
    firstCallbackAt: () => startedAt,
    stop: () => {
      if (saved) Object.defineProperty(window, 'requestAnimationFrame', saved);
      else delete (window as { requestAnimationFrame?: unknown }).requestAnimationFrame;
    },
  };
}

/** One frame at 60 Hz: the most a task of drawing should take. */
const FRAME_MS = 1000 / 60;

interface DrawingSample {
  readonly longestMs: number;
  readonly longestFrameMs: number;
  readonly firstRenderMs: number;
  readonly firstRows: number;
  readonly workMs: number;
  readonly wallMs: number;
  readonly frames: number;
  readonly p95Ms: number;
  readonly overTarget: number;
}

/**
 * Draws `list` once and times each task of it: the first render (creating the element until its
 * update and layout are done), then each frame's batch, from the start of the element's animation
 * frame callback to an animation frame callback asked for after it (so it runs once the batch, its
 * update and its layout are done). The longest frame is timed from the frame's start as well,
 * which adds what the browser still had to do before the frame's callbacks could run.
 */
async function drawOnce(list: BenchLongList): Promise<{ sample: DrawingSample; el: DrawingElement }> {
  const el = createLongList(list);
  const row = ROW[list];
  // Garbage of the drawings before is collected first, where the runner exposes `gc()`.
  (globalThis as { gc?: () => void }).gc?.();
  const frameStarts = watchFrameStarts();
  const start = performance.now();
  stage.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  const firstRenderMs = performance.now() - start;
  const firstRows = el.shadowRoot?.querySelectorAll(row).length ?? 0;
  const drawn = { done: false, wallMs: Number.NaN };
  void el.renderComplete.then(() => {
    drawn.done = true;
    drawn.wallMs = performance.now() - start;
  });
  let longestMs = firstRenderMs;
  let longestFrameMs = firstRenderMs;
  let workMs = firstRenderMs;
  let frames = 0;
  const tasks = [firstRenderMs];
  try {
    while (!drawn.done) {
      const frame = await nextFrame();
      await el.updateComplete;
      const ms = frame.now - frameStarts.firstCallbackAt();
      longestMs = Math.max(longestMs, ms);
      longestFrameMs = Math.max(longestFrameMs, frame.now - frame.start);
      workMs += ms;
      frames += 1;
      tasks.push(ms);
    }
  } finally {
    frameStarts.stop();
  }
  return {
    sample: {
      longestMs,
      longestFrameMs,
      firstRenderMs,
      firstRows,
      workMs,
      wallMs: drawn.wallMs,
      frames,
      p95Ms: tasks.sort((a, b) => a - b)[Math.floor(tasks.length * 0.95)] ?? Number.NaN,
      overTarget: tasks.filter((ms) => ms > FRAME_MS).length,
    },
    el,
  };
}

async function drawing(list: BenchLongList, options: MeasureOptions): Promise<DrawingOutcome> {
  // Draw once untimed, to take the final markup for the baseline.
  const reference = await drawOnce(list);
  const template = templateOf(reference.el);
  const elements = elementCount(reference.el.shadowRoot ?? reference.el);
  const rows = reference.el.shadowRoot?.querySelectorAll(ROW[list]).length ?? 0;
  reference.el.remove();

  const samples: DrawingSample[] = [];
  const clones: number[] = [];
  for (let round = 0; round < options.warmup + options.samples; round++) {
    const keep = round >= options.warmup;
    const { sample, el } = await drawOnce(list);
    const drawn = elementCount(el.shadowRoot ?? el);
    el.remove();
    if (drawn !== elements)
      throw new Error(`${list}: a drawing ended with ${drawn} elements, the reference with ${elements}`);
    // The one-task render: clone the complete markup and lay it out.
    const cloneStart = performance.now();
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
    stage.append(host);
    host.getBoundingClientRect();
    const cloneMs = performance.now() - cloneStart;
    host.remove();
    await nextFrame();
    if (!keep) continue;
    samples.push(sample);
    clones.push(cloneMs);
  }
  const median = (pick: (sample: DrawingSample) => number) => summarise(samples.map(pick), 1).median;
  const subject = summarise(
    samples.map((sample) => sample.longestMs),
    1,
  );
  const baseline = summarise(clones, 1);
  return {
    comparison: { subject, baseline, ratio: subject.median / baseline.median },
    elements,
    rows,
    breakdown: {
      longestFrameMs: median((sample) => sample.longestFrameMs),
      firstRenderMs: median((sample) => sample.firstRenderMs),
      firstRows: median((sample) => sample.firstRows),
      allRowsWorkMs: median((sample) => sample.workMs),
      allRowsWallMs: median((sample) => sample.wallMs),
      frames: median((sample) => sample.frames),
      p95FrameMs: median((sample) => sample.p95Ms),
      framesOverTarget: median((sample) => sample.overTarget),
    },
  };
}

// ---- keyboard moves on the card sort ------------------------------------------------------

let board: LitElement | undefined;
let movedId: string | undefined;
let pending: Promise<KeyTiming> | undefined;

async function setUpCardSort(partnerCount: number): Promise<{ cards: number }> {
  board?.remove();
  const data = partnerSort(partnerCount);
  const el = document.createElement('sel-partner-card-sort');
  el.partners = data.partners;
  el.assignments = data.assignments;
  stage.append(el);
  await settled(el);
  await (el as DrawingElement).renderComplete;
  board = el;
  const grip = el.shadowRoot?.querySelector<HTMLElement>('[data-tier="unsorted"] li.card [data-action="grab"]');
  const card = grip?.closest<HTMLElement>('li.card');
  if (!grip || !card) throw new Error('The card sort shows no unsorted card to move');
  movedId = card.dataset['id'];
  grip.focus();
  return { cards: el.shadowRoot?.querySelectorAll('li.card').length ?? 0 };
}

function armKeyTiming(): void {
  const el = board;
  if (!el) throw new Error('Call setUpCardSort first');
  let captured = Number.NaN;
  // Capturing at the window, this runs before the element's own keydown handler...
  window.addEventListener(
    'keydown',
    () => {
      captured = performance.now();
    },
    { once: true, capture: true },
  );
  pending = new Promise<KeyTiming>((resolve) => {
    // ...and bubbling to the window, this runs after it, and after the update Lit ran in the
    // microtask checkpoint between the two listeners.
    window.addEventListener(
      'keydown',
      (event) => {
        const pressed = Math.min(event.timeStamp, captured);
        void settled(el).then(() => {
          const rendered = performance.now();
          el.getBoundingClientRect();
          const laidOut = performance.now();
          resolve({
            key: event.key,
            updatedMs: laidOut - pressed,
            deliveryMs: captured - pressed,
            handledMs: rendered - captured,
            layoutMs: laidOut - rendered,
          });
        });
      },
      { once: true },
    );
  });
}

async function keyTiming(): Promise<KeyTiming> {
  if (!pending) throw new Error('Call armKeyTiming before pressing a key');
  const timing = await pending;
  pending = undefined;
  return timing;
}

function movedCardPlace(): string {
  const card = board?.shadowRoot?.querySelector<HTMLElement>(`li.card[data-id="${movedId ?? ''}"]`);
  const column = card?.closest<HTMLElement>('[data-tier]');
  const index = card?.parentElement ? [...card.parentElement.children].indexOf(card) : -1;
  return `${column?.dataset['tier'] ?? 'nowhere'}:${index}`;
}

// ---- one status change on a 200-step action plan --------------------------------------------

const STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;

/** A district action plan of `stepCount` steps over goals of 20 steps, due dates spread over a year. */
function actionPlanWith(stepCount: number): CaselActionPlan {
  const goals: CaselActionPlan['goals'] = [];
  for (let first = 0; first < stepCount; first += 20) {
    const g = goals.length + 1;
    goals.push({
      id: `goal-${g}`,
      statement: `Goal ${g}: by June, every school in cohort ${g} runs the adult SEL series and reviews its data twice.`,
      measure: 'Attendance records and data-day logs',
      steps: Array.from({ length: Math.min(20, stepCount - first) }, (_, i) => {
        const n = first + i;
        return {
          id: `step-${n}`,
          description: `Step ${n + 1}: schedule, run and record the session with the site team`,
          owner: `Owner ${n % 12}`,
          due: `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
          status: STATUSES[n % 4] ?? 'not-started',
          ...(n % 3 === 0 ? { updated: '2026-10-01' } : {}),
        };
      }),
    });
  }
  return { kind: 'casel', title: `District action plan, ${stepCount} steps`, goals };
}

async function setUpActionPlan(stepCount: number): Promise<{ steps: number }> {
  board?.remove();
  const el = document.createElement('sel-action-plan');
  el.today = '2026-06-15';
  el.since = '2026-09-01';
  el.plan = actionPlanWith(stepCount);
  stage.append(el);
  await settled(el);
  board = el;
  const first = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="status-0"]:checked');
  if (!first) throw new Error('The action plan shows no status to change');
  first.focus();
  return { steps: el.shadowRoot?.querySelectorAll('li.step').length ?? 0 };
}

function armPlanStatusTiming(): void {
  const el = board;
  if (!el) throw new Error('Call setUpActionPlan first');
  let captured = Number.NaN;
  let pressed = Number.NaN;
  window.addEventListener(
    'keydown',
    (event) => {
      captured = performance.now();
      pressed = Math.min(event.timeStamp, captured);
    },
    { once: true, capture: true },
  );
  // The status changes in the radio group's default action, after keydown: time until its update.
  pending = new Promise<KeyTiming>((resolve) => {
    el.addEventListener(
      'sel-plan-change',
      () => {
        void settled(el).then(() => {
          const rendered = performance.now();
          el.getBoundingClientRect();
          const laidOut = performance.now();
          resolve({
            key: 'status',
            updatedMs: laidOut - pressed,
            deliveryMs: captured - pressed,
            handledMs: rendered - captured,
            layoutMs: laidOut - rendered,
          });
        });
      },
      { once: true },
    );
  });
}

function firstStepStatus(): string {
  return board?.shadowRoot?.querySelector<HTMLInputElement>('input[name="status-0"]:checked')?.value ?? 'none';
}

// ---- loading a 5 MB rubric ---------------------------------------------------------------

type DataHost = ConstructorParameters<typeof DataSourceController<Rubric>>[0];
type HostedController = Parameters<DataHost['addController']>[0];

/**
 * The data source of `<sel-rubric>` on a bare host that draws nothing: what is measured is the
 * element's own reading and validating of the file, not the drawing of 3,000 indicators. The host
 * runs its controllers' update callbacks in a microtask, as a Lit element's update does.
 */
class BenchRubricData extends HTMLElement {
  readonly #controllers: HostedController[] = [];
  updateComplete: Promise<boolean> = Promise.resolve(true);
  readonly data = new DataSourceController<Rubric>(this, {
    parse: (raw) => safeParseRubric(raw),
    parseInSteps: (raw) =>
      validateInSteps(rubricSchema, raw, 'rubric', ['focusAreas', '*', 'practices', '*', 'indicators']),
    property: () => undefined,
    src: () => undefined,
  });

  addController(controller: HostedController): void {
    this.#controllers.push(controller);
  }
  removeController(controller: HostedController): void {
    this.#controllers.splice(this.#controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updateComplete = Promise.resolve().then(() => {
      for (const controller of this.#controllers) controller.hostUpdate?.();
      for (const controller of this.#controllers) controller.hostUpdated?.();
      return true;
    });
  }
  connectedCallback(): void {
    for (const controller of this.#controllers) controller.hostConnected?.();
  }
  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }
}
customElements.define('sel-bench-rubric-data', BenchRubricData);

async function largeLoad(samples: number, shape: 'long-text' | 'many-indicators'): Promise<LargeLoadOutcome> {
  const rubric = fiveMegabyteRubric(shape);
  const text = JSON.stringify(rubric);
  const sliced: LoadTiming[] = [];
  const oneTask: LoadTiming[] = [];
  const throughTheElement = async (): Promise<void> => {
    const el = new BenchRubricData();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    stage.append(el);
    await el.data.settled;
    el.remove();
    if (el.data.status !== 'ready') throw new Error(`The 5 MB rubric was not read: ${JSON.stringify(el.data.issues)}`);
  };
  // As the data source read large JSON before the stepped reader: one JSON.parse task, one validation task.
  const asBefore = async (): Promise<void> => {
    await yieldToMain();
    const raw: unknown = JSON.parse(text);
    await yieldToMain();
    const result = safeParseRubric(raw);
    if (!result.ok) throw result.error;
  };
  for (let i = 0; i < samples; i += 1) {
    sliced.push(await watchLoad(throughTheElement));
    oneTask.push(await watchLoad(asBefore));
  }
  const indicators = rubric.focusAreas.reduce(
    (sum, area) => sum + area.practices.reduce((count, practice) => count + practice.indicators.length, 0),
    0,
  );
  return { characters: text.length, indicators, sliced, oneTask };
}

const api: SelBenchApi = {
  render,
  drawing,
  setUpCardSort,
  armKeyTiming,
  keyTiming,
  movedCardPlace,
  largeLoad,
  setUpActionPlan,
  armPlanStatusTiming,
  firstStepStatus,
};
(window as unknown as BenchWindow).selBench = api;
document.body.dataset['ready'] = 'true';
