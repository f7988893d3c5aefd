import type { Comparison, MeasureOptions } from '../harness/measure.js';

/** The components measured on the bench page. */
export type BenchComponent = 'rubric' | 'card-sort' | 'timeline' | 'status-map' | 'assessment-report';

/** The long lists drawn in frames on the bench page: a 5 MB rubric, 1,000 cards, 1,000 milestones. */
export type BenchLongList = 'rubric-5mb' | 'card-sort' | 'timeline';

/** How a long list was drawn in frames, against cloning all of its final markup in one task. */
export interface DrawingOutcome {
  /**
   * Subject: the longest task of each drawing (its first render, or one frame's batch from the start
   * of the element's animation frame callback); baseline: the one-task clone.
   */
  readonly comparison: Comparison;
  /** Elements in the shadow root once every row is drawn (the baseline clones as many). */
  readonly elements: number;
  /** Rows in the list. */
  readonly rows: number;
  /** Medians over the samples. */
  readonly breakdown: {
    /**
     * The longest frame timed from the frame's start (its `requestAnimationFrame` time) instead of
     * the element's callback: adds what the browser did first, such as painting the frame before.
     */
    readonly longestFrameMs: number;
    /** From creating the element until its first render (the first batch) and its layout were done. */
    readonly firstRenderMs: number;
    /** Rows the first render drew. */
    readonly firstRows: number;
    /** The element's own work over the whole drawing: the first render plus every frame's batch. */
    readonly allRowsWorkMs: number;
    /** From creating the element until `renderComplete` resolved, frames included. */
    readonly allRowsWallMs: number;
    /**
     * Frames after the first render: those that checked the data, worked out what is derived from
     * it, and added rows.
     */
    readonly frames: number;
    /** The 95th percentile of a drawing's task times (the first render and every frame). */
    readonly p95FrameMs: number;
    /** How many of a drawing's tasks took over a frame (16.7 ms). */
    readonly framesOverTarget: number;
  };
}

/** A first-render measurement, with what was compared. */
export interface RenderOutcome {
  readonly comparison: Comparison;
  /** Elements in the component's shadow root after its first render (the baseline clones as many). */
  readonly elements: number;
  /** Characters of markup and styles in the baseline template. */
  readonly templateChars: number;
  /**
   * Medians of each side's two parts: the element until `updateComplete` and its layout; the
   * template clone and its layout.
   */
  readonly breakdown: {
    readonly updateMs: number;
    readonly layoutMs: number;
    readonly baselineCloneMs: number;
    readonly baselineLayoutMs: number;
  };
}

/** One timed key press on the card sort. */
export interface KeyTiming {
  readonly key: string;
  /** From the keydown event's time stamp until the element's update completed and layout ran. */
  readonly updatedMs: number;
  /** Of which: from the time stamp until the page saw the keydown (input delivery, a busy main thread). */
  readonly deliveryMs: number;
  /** Then the element's keydown handler and the update it asked for, until `updateComplete`. */
  readonly handledMs: number;
  /** Then the forced layout (style recalculation and layout), unless the update already forced it. */
  readonly layoutMs: number;
}

/** What one load of large JSON did to the page, from its start until the data was valid. */
export interface LoadTiming {
  /** The longest time between two painted frames (or the start or end of the load). */
  readonly longestGapMs: number;
  /** The longest task the browser reported as a long task (over 50 ms), or 0 when none was. */
  readonly longestTaskMs: number;
  /** Frames painted during the load. */
  readonly frames: number;
  /** From the start until the data was valid. */
  readonly totalMs: number;
}

/** Loads of the same large JSON, the element's way and the way it was read before. */
export interface LargeLoadOutcome {
  readonly characters: number;
  readonly indicators: number;
  readonly sliced: readonly LoadTiming[];
  readonly oneTask: readonly LoadTiming[];
}

/** What the bench page exposes to the runner as `window.selBench`. */
export interface SelBenchApi {
  /** Times the first render of `component` against cloning a template of the same final markup. */
  render(component: BenchComponent, options: MeasureOptions): Promise<RenderOutcome>;
  /** Times drawing `list` in frames: its longest task, against cloning its final markup in one task. */
  drawing(list: BenchLongList, options: MeasureOptions): Promise<DrawingOutcome>;
  /** Renders a 1,000-partner card sort and focuses the grip of the first unsorted card. */
  setUpCardSort(partnerCount: number): Promise<{ readonly cards: number }>;
  /** Starts timing the next key press on the card sort. */
  armKeyTiming(): void;
  /** Renders an action plan of `stepCount` steps and focuses the status of its first step. */
  setUpActionPlan(stepCount: number): Promise<{ readonly steps: number }>;
  /** Starts timing the next key press on the action plan, until the status change it makes has rendered. */
  armPlanStatusTiming(): void;
  /** The status of the first step of the action plan. */
  firstStepStatus(): string;
  /** The timing of the key press since `armKeyTiming` or `armPlanStatusTiming`, once its update has rendered. */
  keyTiming(): Promise<KeyTiming>;
  /** Where the card that is being moved sits now, as "tier:index". */
  movedCardPlace(): string;
  /**
   * Loads a 5 MB rubric from inline JSON `samples` times each way, alternating: through the data
   * source of the elements (read and validated in slices), and as it was read before (one
   * `JSON.parse` task, then one validation task).
   */
  largeLoad(samples: number, shape: 'long-text' | 'many-indicators'): Promise<LargeLoadOutcome>;
}

export type BenchWindow = Window & { selBench: SelBenchApi };
