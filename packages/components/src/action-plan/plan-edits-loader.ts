import type { ReactiveElement } from 'lit';
import { onDemand, warmOnUse } from '../shared/on-demand.js';

type PlanEditsModule = typeof import('./plan-edits.js');

/** The plan's edits, once for the page; a failed load is tried again the next time. */
const planEdits = onDemand<PlanEditsModule>(() => import('./plan-edits.js'));

/** What {@link PlanEdits} needs of its plan. */
export interface PlanEditsHost {
  readonly host: ReactiveElement;
  /** Whether the plan can be changed now (shown, and neither read-only nor disabled). */
  readonly changeable: () => boolean;
  /** Says that the edits could not be loaded. */
  readonly fail: (message: string) => void;
}

/**
 * The edits a plan being followed makes (a step's status, a resource chosen in a finder), loaded
 * when a person first reaches the plan's controls: a page that only shows a plan does not
 * download core's plan edits (the editor brings its own). A change made before they are here is
 * made once they are, and the plan's update completes after it.
 */
export class PlanEdits {
  readonly #of: PlanEditsHost;
  #pending: Promise<void> | undefined;

  constructor(of: PlanEditsHost) {
    this.#of = of;
    warmOnUse(of.host, () => {
      if (of.changeable()) planEdits.warm();
    });
  }

  /** Runs `change` with the edits: at once when they are here, else once they load. */
  run(change: (edits: PlanEditsModule) => void): void {
    const loaded = planEdits.loaded();
    if (loaded) {
      change(loaded);
      return;
    }
    // Cleared once settled, unless a later change is waiting: `settled` loops while one is.
    const pending: Promise<void> = planEdits
      .load()
      .then(change, (error: unknown) => {
        this.#of.fail(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
    this.#pending = pending;
  }

  /** Waits for the plan's update (`update`) again until no change is waiting for the edits. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.#pending) {
      await this.#pending;
      done = await update();
    }
    return done;
  }
}
