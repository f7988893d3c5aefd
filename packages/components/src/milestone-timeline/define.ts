import { SelMilestoneTimeline } from './sel-milestone-timeline.js';

/** Registers `<sel-milestone-timeline>` once; importing this module twice (or after an app did) is harmless. */
if (!customElements.get('sel-milestone-timeline'))
  customElements.define('sel-milestone-timeline', SelMilestoneTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sel-milestone-timeline': SelMilestoneTimeline;
  }
}

export { SelMilestoneTimeline };
