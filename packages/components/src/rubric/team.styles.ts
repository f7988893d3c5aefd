import { css } from 'lit';
import { token } from '../shared/tokens.styles.js';

/**
 * Styles of `<sel-rubric>`'s team mode, loaded with it and added to the element's shadow root.
 * Each level's share of the members is a bar beside its count and names, so the spread never
 * rests on the bar or on colour alone; agreement is a word with a sign. Print shows every
 * revealed spread and the agreed levels, without the file picker and tools.
 */
export const teamStyles = css`
  .team {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-3')};
    border: 1px dashed ${token('color-border')};
    border-radius: ${token('radius')};
  }

  .team > *,
  .team-row > * {
    margin: 0;
  }

  .team-row {
    display: grid;
    gap: ${token('space-2')};
  }

  .team-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }

  .team-files {
    display: grid;
    gap: ${token('space-1')};
  }

  .team-files label,
  .team-practice,
  .team-state {
    font-weight: 700;
  }

  .team-practice {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }

  .team-state--differ {
    color: ${token('color-accent')};
  }

  .spread {
    display: grid;
    gap: ${token('space-1')};
    padding: 0;
    list-style: none;
  }

  .spread-level {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) minmax(4rem, 1fr) 2.5rem;
    align-items: center;
    gap: ${token('space-2')};
  }

  .spread-bar {
    block-size: 0.75rem;
    inline-size: calc(var(--_share, 0) * 100%);
    min-inline-size: 1px;
    background: ${token('color-accent')};
    border: 1px solid ${token('color-accent')};
  }

  .spread-members {
    grid-column: 1 / -1;
    padding-inline-start: ${token('space-3')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }

  .is-empty {
    color: ${token('color-text-muted')};
  }

  .team-agree {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .team-agree legend {
    padding: 0;
    font-weight: 700;
  }

  .priority-toggle {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
  }

  .team-words:focus-visible {
    outline: 2px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  @container rubric (inline-size < 30rem) {
    .spread-level {
      grid-template-columns: 1fr 2.5rem;
    }

    .spread-bar {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }

  @media (forced-colors: active) {
    .spread-bar {
      background: CanvasText;
      border-color: CanvasText;
    }
  }

  @media print {
    .team-files,
    .team-tools,
    .team-row button {
      display: none;
    }

    .spread-bar {
      print-color-adjust: exact;
    }
  }
`;
