import type { Resource } from '@sel/core';
import { dispatchSelEvent } from './events.js';

/**
 * `detail` of `sel-resource-select`: a person chose a catalog resource (in the resource finder,
 * the assessment report's next steps, or the action plan), e.g. to add it to a plan.
 */
export interface SelResourceSelectDetail {
  /** The chosen resource, as the catalog gives it. */
  readonly resource: Resource;
  /**
   * The (weak) indicators the resource was offered for, in the order they were asked for; empty
   * when it was found by search or facets alone.
   */
  readonly indicatorIds: readonly string[];
}

declare global {
  interface HTMLElementEventMap {
    'sel-resource-select': CustomEvent<SelResourceSelectDetail>;
  }
}

/**
 * Dispatches `sel-resource-select` from `host` (bubbling, composed, cancelable). The event is
 * cancelable so an app that handles the choice itself (adding the resource to its plan) can
 * call `preventDefault()`; the element then does not follow the resource's link. Returns
 * `false` when a listener cancelled it.
 */
export function dispatchResourceSelect(host: EventTarget, detail: SelResourceSelectDetail): boolean {
  return dispatchSelEvent(host, 'sel-resource-select', detail, { cancelable: true });
}
