import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** Adds each element it is put on (`<input ${collect(list)}>`) to `list` as the element is rendered. */
class CollectElement extends Directive {
  render(_into: Element[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [into]: [Element[]]): typeof nothing {
    into.push(part.element);
    return nothing;
  }
}
const collect = directive(CollectElement);

/**
 * Gives each level radio its group name, `level-<indicator id>` (from its `data-indicator`), after
 * the update that rendered it, once it is in the document. The radios are collected as they are
 * rendered (`${radios.collect()}` on each `<input>`), so no update searches the whole rubric.
 *
 * Not in the template on purpose: Lit builds a first render in a fragment outside the document,
 * and WebKit finds the group of a named radio outside the document by walking the whole fragment,
 * once per radio inserted, so a 1,000-indicator rubric with the names in its template took tens of
 * seconds to render in WebKitGTK. Named inside the document, each radio joins its group through
 * the shadow root's index.
 */
export class LevelRadioNames implements ReactiveController {
  /** Level radios rendered since the last update, still to be named. */
  #rendered: Element[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The directive to put on each level radio of the template. */
  collect(): unknown {
    return collect(this.#rendered);
  }

  hostUpdated(): void {
    const radios = this.#rendered;
    this.#rendered = [];
    for (const radio of radios) {
      if (radio instanceof HTMLInputElement && !radio.name) radio.name = `level-${radio.dataset['indicator'] ?? ''}`;
    }
  }
}
