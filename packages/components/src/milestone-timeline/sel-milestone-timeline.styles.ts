import { css, unsafeCSS } from 'lit';

/**
 * The fills of the phase bands and the semester shade, in the light and the dark scheme. The
 * shared tokens' text colour of each scheme meets WCAG AA on every one of them (checked in
 * `timeline-colours.unit.test.ts`).
 */
export const TIMELINE_FILLS = {
  light: {
    'detailed-design': '#dbe7f7',
    launch: '#d8efdf',
    'scale-and-improve': '#f7ecc9',
    replan: '#f6dcd8',
    'leadership-transition': '#e8dcf5',
    semester: '#eef1f4',
  },
  dark: {
    'detailed-design': '#1c2c44',
    launch: '#1a3324',
    'scale-and-improve': '#3a3015',
    replan: '#3d1f1c',
    'leadership-transition': '#2d2140',
    semester: '#1f252d',
  },
} as const;

/** Marks of states and today that are not shared tokens, in each scheme: on the surface, AA as text. */
export const TIMELINE_MARKS = {
  light: { 'at-risk': '#8a4600', today: '#5a32a3' },
  dark: { 'at-risk': '#f0a35e', today: '#c4a5ff' },
} as const;

const fills = (scheme: 'light' | 'dark') => {
  const fill = TIMELINE_FILLS[scheme];
  return unsafeCSS(
    `.band { background: ${fill['detailed-design']}; }
    .band--launch { background: ${fill.launch}; }
    .band--scale-and-improve { background: ${fill['scale-and-improve']}; }
    .band--replan { background: ${fill.replan}; }
    .band--leadership-transition { background: ${fill['leadership-transition']}; }`,
  );
};

/**
 * Styles of `<sel-milestone-timeline>`, adopted after the shared `tokenStyles`. Below 40rem of
 * the element's own width (a container query, so it also works in a sidebar) the visual axis is
 * dropped and the ordered list of milestones carries everything.
 */
export const milestoneTimelineStyles = css`
  :host {
    --_sel-timeline-done: var(--sel-timeline-done-color, var(--_sel-color-success));
    --_sel-timeline-overdue: var(--sel-timeline-overdue-color, var(--_sel-color-danger));
    --_sel-timeline-at-risk: var(--sel-timeline-at-risk-color, ${unsafeCSS(TIMELINE_MARKS.light['at-risk'])});
    --_sel-timeline-upcoming: var(--sel-timeline-upcoming-color, var(--_sel-color-accent));
    --_sel-timeline-today: var(--sel-timeline-today-color, ${unsafeCSS(TIMELINE_MARKS.light.today)});
    --_sel-timeline-semester: var(--sel-timeline-semester-shade, ${unsafeCSS(TIMELINE_FILLS.light.semester)});
    --_sel-point-size: 0.875rem;
  }

  .timeline {
    container: sel-milestone-timeline / inline-size;
  }

  .heading {
    margin: 0 0 var(--_sel-space-2);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .list-heading {
    margin: var(--_sel-space-3) 0 var(--_sel-space-1);
    font-size: 1.1em;
  }

  .meta,
  .summary,
  .hint,
  .empty {
    margin: 0 0 var(--_sel-space-2);
  }

  .hint {
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  .warning {
    margin: 0 0 var(--_sel-space-2);
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border-inline-start: 4px solid var(--_sel-color-danger);
    background: var(--_sel-color-danger-surface);
  }

  /* The visual axis: rows of bands, semesters, points and years, with the today line over them. */
  .axis {
    margin-block: var(--_sel-space-3) var(--_sel-space-2);
    padding: 1.75rem var(--_sel-space-3) var(--_sel-space-1);
    border: 1px solid var(--_sel-color-border);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-surface);
    font-size: var(--_sel-font-size-small);
    line-height: 1.25;
    print-color-adjust: exact;
  }

  .axis__plot {
    position: relative;
  }

  .axis__bands,
  .axis__semesters,
  .axis__track,
  .axis__years {
    position: relative;
  }

  .axis__bands {
    block-size: 2.25rem;
  }

  .axis__semesters {
    block-size: 2.25rem;
    margin-block-start: 2px;
  }

  .axis__track {
    block-size: 2.25rem;
    border-block-end: 1px solid var(--_sel-color-border);
  }

  .axis__years {
    block-size: 1.5rem;
  }

  .band,
  .semester {
    position: absolute;
    inset-block: 0;
    display: flex;
    align-items: center;
    min-inline-size: 2px;
    padding-inline: var(--_sel-space-1);
    overflow: hidden;
    color: var(--_sel-color-text);
    line-height: 1.1;
  }

  .band {
    border-inline-start: 2px solid var(--_sel-color-surface);
  }

  ${fills('light')}

  /* The shared tokens turn dark with the scheme (text, surface, success, danger, accent); the
     timeline's own fills and marks turn with them. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_sel-timeline-at-risk: var(--sel-timeline-at-risk-color, ${unsafeCSS(TIMELINE_MARKS.dark['at-risk'])});
      --_sel-timeline-today: var(--sel-timeline-today-color, ${unsafeCSS(TIMELINE_MARKS.dark.today)});
      --_sel-timeline-semester: var(--sel-timeline-semester-shade, ${unsafeCSS(TIMELINE_FILLS.dark.semester)});
    }

    ${fills('dark')}
  }

  .band--current {
    font-weight: 700;
    box-shadow: inset 0 -4px 0 var(--_sel-color-text);
  }

  /* A label wraps between its words onto a second line rather than being cut ("Detailed design",
     "Primavera 2027"); a word longer than its segment is hyphenated where the browser can, else
     broken, never hidden. It sits on its segment's colour above the today line, which passes under it. */
  .band__label,
  .semester__label {
    position: relative;
    z-index: 1;
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    background: inherit;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .semester {
    border-inline: 1px solid var(--_sel-color-surface);
    background: var(--_sel-timeline-semester);
  }

  .year {
    position: absolute;
    inset-block-start: 0;
    padding-inline-start: var(--_sel-space-1);
    border-inline-start: 1px solid var(--_sel-color-border);
    color: var(--_sel-color-text-muted);
  }

  .today-line {
    position: absolute;
    inset-block: -1.5rem 0;
    border-inline-start: 2px solid var(--_sel-timeline-today);
    pointer-events: none;
  }

  .today-line__label {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: var(--_sel-space-1);
    color: var(--_sel-timeline-today);
    font-weight: 700;
    white-space: nowrap;
  }

  /* Near the end of the axis the label goes before the line, so the frame never cuts it. */
  .today-line--end .today-line__label {
    inset-inline: auto var(--_sel-space-1);
  }

  /* Milestone points: shape and colour both tell the state, so colour is never the only cue. */
  .point {
    display: inline-block;
    flex: none;
    inline-size: var(--_sel-point-size);
    block-size: var(--_sel-point-size);
    border: 2px solid transparent;
    border-radius: 50%;
  }

  /* Each chunk of points is a box of its own over the whole track, so drawing a new chunk lays
     out its own points, not every point already drawn; clicks go through to the points. */
  .axis__points {
    position: absolute;
    inset: 0;
    contain: layout style;
    pointer-events: none;
  }

  .axis__points .point {
    pointer-events: auto;
  }

  .axis__track .point {
    position: absolute;
    inset-block-start: 50%;
    translate: -50% -50%;
    cursor: pointer;
  }

  .selection-ring {
    position: absolute;
    inset-block-start: 50%;
    inline-size: calc(var(--_sel-point-size) + 0.75rem);
    block-size: calc(var(--_sel-point-size) + 0.75rem);
    translate: -50% -50%;
    border: var(--_sel-focus-ring-width) solid var(--_sel-color-focus);
    border-radius: 50%;
    pointer-events: none;
  }

  .shape--done {
    background: var(--_sel-timeline-done);
    border-color: var(--_sel-timeline-done);
  }

  .shape--upcoming {
    background: var(--_sel-color-surface);
    border-color: var(--_sel-timeline-upcoming);
  }

  .shape--overdue {
    border-radius: 0;
    background: var(--_sel-timeline-overdue);
    border-color: var(--_sel-timeline-overdue);
    rotate: 45deg;
    scale: 0.85;
  }

  .shape--at-risk {
    border-radius: 0;
    background: var(--_sel-timeline-at-risk);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sel-space-1) var(--_sel-space-3);
    margin: 0 0 var(--_sel-space-2);
    padding: 0;
    list-style: none;
    font-size: var(--_sel-font-size-small);
  }

  .swatch {
    display: inline-block;
    inline-size: 1.25rem;
    block-size: 0.875rem;
    border: 1px solid var(--_sel-color-border);
    background: var(--_sel-timeline-semester);
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_sel-space-1);
  }

  /* The list: the accessible heart of the element, and the whole layout on narrow screens. */
  .list {
    margin: 0;
    padding-inline-start: 3.5em;
  }

  .item {
    border-block-end: 1px solid var(--_sel-color-surface-raised);
  }

  .item::marker {
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  /* The "Today" divider sits above the first milestone from today, out of the item's flow, so the
     item's number stays beside the milestone it counts. */
  .item--from-today {
    position: relative;
    margin-block-start: calc(1.5 * var(--_sel-font-size-small) + var(--_sel-space-1));
    border-block-start: 2px dashed var(--_sel-timeline-today);
  }

  .item__today {
    position: absolute;
    inset-block-end: calc(100% + 2px);
    inset-inline-start: 0;
    color: var(--_sel-timeline-today);
    font-size: var(--_sel-font-size-small);
    font-weight: 700;
    line-height: 1.5;
  }

  .item__button {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'point title state'
      '. due due';
    align-items: center;
    gap: 0 var(--_sel-space-2);
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: var(--_sel-space-1) var(--_sel-space-2);
    border: 2px solid transparent;
    border-radius: var(--_sel-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  /* A long list (one drawn in frames) stays quick: a milestone off screen skips layout and paint
     (the list item and its number are still laid out; the button's own focus ring is never
     clipped by this). */
  .list--long .item__button {
    content-visibility: auto;
    contain-intrinsic-size: auto 3rem;
  }

  .item__button:hover {
    background: var(--_sel-color-surface-raised);
  }

  .item--selected .item__button {
    border-color: var(--_sel-color-accent);
    background: var(--_sel-color-accent-surface);
  }

  .item__button .point {
    grid-area: point;
  }

  .item__title {
    grid-area: title;
  }

  .item__state {
    grid-area: state;
    font-weight: 700;
  }

  .item--done .item__state {
    color: var(--_sel-timeline-done);
  }

  .item--overdue .item__state {
    color: var(--_sel-timeline-overdue);
  }

  .item--at-risk .item__state {
    color: var(--_sel-timeline-at-risk);
  }

  .item--upcoming .item__state {
    color: var(--_sel-timeline-upcoming);
  }

  .item__due {
    grid-area: due;
    color: var(--_sel-color-text-muted);
    font-size: var(--_sel-font-size-small);
  }

  /* A date is never broken across lines; "Due" may go on a line of its own on a narrow screen. */
  .item__due time {
    white-space: nowrap;
  }

  .details {
    margin: var(--_sel-space-1) 0 var(--_sel-space-2) var(--_sel-space-4);
    padding: var(--_sel-space-2) var(--_sel-space-3);
    border-inline-start: 4px solid var(--_sel-color-accent);
    background: var(--_sel-color-surface-raised);
  }

  .details dl {
    display: grid;
    gap: var(--_sel-space-1);
    margin: 0;
  }

  .details dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_sel-space-2);
  }

  .details dt {
    font-weight: 700;
  }

  .details dt::after {
    content: ':';
  }

  .details dd {
    margin: 0;
  }

  .details p {
    margin: var(--_sel-space-2) 0 0;
  }

  /* The network's next events and the calendar download, below the list. */
  .calendar {
    margin-block-start: var(--_sel-space-3);
  }

  .upcoming {
    margin: 0 0 var(--_sel-space-2);
    padding-inline-start: var(--_sel-space-4);
  }

  .calendar__add {
    min-height: 2.75rem;
    padding: var(--_sel-space-1) var(--_sel-space-3);
    border: 1px solid var(--_sel-color-accent);
    border-radius: var(--_sel-radius);
    background: var(--_sel-color-accent);
    color: var(--_sel-color-on-accent);
    font: inherit;
    cursor: pointer;
  }

  @container sel-milestone-timeline (min-width: 40rem) {
    .item__button {
      grid-template-columns: auto minmax(0, 1fr) auto 11rem;
      grid-template-areas: 'point title state due';
    }
  }

  @container sel-milestone-timeline (max-width: 39.99rem) {
    .axis,
    .legend {
      display: none;
    }

    .list {
      padding-inline-start: 2.5em;
    }

    .details {
      margin-inline-start: 0;
    }
  }

  @media print {
    /* Printing leaves backgrounds out by default, and a point's fill is its shape (a filled dot is
       done, a ring upcoming, the at-risk triangle is only fill): on paper a filled shape is drawn
       with its border, which prints either way, and its colours are kept where the browser allows. */
    .point {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }

    .shape--done,
    .shape--overdue,
    .shape--at-risk {
      border-width: calc(var(--_sel-point-size) / 2);
    }

    .shape--at-risk {
      border-color: var(--_sel-timeline-at-risk);
    }

    /* A page is narrower than most screens: the axis labels are set smaller and may break inside a
       word, so "Spring 2027" is never cut to "Sprin". */
    .band__label,
    .semester__label {
      font-size: 0.75rem;
      overflow-wrap: anywhere;
    }

    .calendar__add {
      display: none;
    }
    .hint {
      display: none;
    }

    .list--long .item__button {
      content-visibility: visible;
    }

    .item__button {
      border-color: transparent;
    }
  }

  @media (forced-colors: active) {
    .point {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }

    .shape--done,
    .shape--overdue,
    .shape--at-risk {
      background: CanvasText;
    }

    .selection-ring {
      border-color: Highlight;
    }

    .band,
    .semester {
      border: 1px solid CanvasText;
    }

    .today-line {
      border-color: CanvasText;
    }

    .item--selected .item__button {
      border-color: Highlight;
    }

    .details {
      border-color: CanvasText;
    }
  }
`;
