import { css, html, nothing, type TemplateResult } from 'lit';
import { translate } from '../shared/i18n.js';
import { token } from '../shared/tokens.styles.js';
import { rubricNavigationStrings } from './navigation-strings.js';
import type { PartWords } from './part-words.js';
import type { RubricView } from './rubric-view-model.js';

/**
 * A long rubric's ways around, loaded for one a person fills in (see rubric-extras.ts): its
 * progress kept in view at the foot of the screen with a jump to the next unrated indicator, and
 * a button in each focus area's heading that folds the area away.
 */

/** The words of the navigation. */
export const words = rubricNavigationStrings;

/** The styles of the progress bar and the folding headings. */
const navigationStyles = css`
  .progress {
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')} ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }

  .progress p {
    margin: 0;
    font-weight: 700;
  }

  .progress progress {
    flex: 1 1 8rem;
    accent-color: ${token('color-accent')};
  }

  .area-body[hidden] {
    display: none;
  }

  .area-toggle {
    display: flex;
    align-items: baseline;
    gap: ${token('space-2')};
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .area-toggle::before {
    content: '▾';
    content: '▾' / '';
  }

  .area-toggle[aria-expanded='false']::before {
    content: '▸';
    content: '▸' / '';
  }

  .area-toggle:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  @media print {
    .progress {
      display: none;
    }

    .area-body[hidden] {
      display: block;
    }
  }
`;

/** The styles of the navigation, added to the element's shadow root. */
export const styles = [navigationStyles];

/**
 * How far the rating has come, kept in view at the foot of the screen while the rubric scrolls by:
 * "7 of 20 indicators rated", a bar (its words say the same), and "Next unrated indicator".
 */
export function renderProgress({ view, i18n, strings }: PartWords & { readonly view: RubricView }): TemplateResult {
  const { rated, total, unrated } = view.completeness;
  return html`<div class="progress">
    <p>${i18n.t('rubric.summary.rated', { rated, total })}</p>
    <progress max=${total} .value=${rated} aria-hidden="true"></progress>
    ${
      unrated.length > 0
        ? html`<button
            type="button"
            @click=${(event: Event) => {
              nextUnrated(event, unrated);
            }}
          >
            ${translate(i18n.locale, 'rubric.nextUnrated', undefined, strings, [rubricNavigationStrings])}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * Takes the focus to the first unrated indicator from where the page is scrolled (the first one
 * whose levels start below the top of the screen), else back to the first unrated of all, leaving
 * out folded focus areas.
 */
function nextUnrated(event: Event, unrated: readonly string[]): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  // Levels in a folded focus area have no boxes: the person put that area aside.
  const firsts = unrated
    .flatMap((id) => root.getElementById(`level-${id}-0`) ?? [])
    .filter((radio) => radio.getClientRects().length > 0);
  const next = firsts.find((radio) => radio.getBoundingClientRect().top > 0) ?? firsts[0];
  next?.focus({ preventScroll: true });
  next?.scrollIntoView({ block: 'center' });
}

/**
 * Folds a focus area away or opens it again (the disclosure pattern of the WAI-ARIA Authoring
 * Practices). The state lives in the DOM: the template never binds these attributes, so a
 * redraw keeps what the person chose.
 */
function toggleArea(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const body = (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls') ?? '');
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  if (body) body.hidden = !open;
}

/** A focus area's title as the button that folds its body (`bodyId`) away and opens it again. */
export function areaToggle(title: unknown, bodyId: string): TemplateResult {
  return html`<button
    type="button"
    class="area-toggle"
    aria-expanded="true"
    aria-controls=${bodyId}
    @click=${toggleArea}
  >
    ${title}
  </button>`;
}
