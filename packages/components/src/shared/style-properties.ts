import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by name: camelCase (`insetInlineStart`), kebab-case or custom (`--_levels`). */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/** `insetInlineStart` -> `inset-inline-start`; kebab-case and custom properties stay as they are. */
function cssName(name: string): string {
  return name.startsWith('--') || name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), on the first
 * render as on every later one. Lit's `styleMap` writes its first render as a `style="…"`
 * attribute string, which a Content-Security-Policy without `'unsafe-inline'` in `style-src`
 * (or `style-src-attr`) blocks, so positions and sizes were lost on strict-CSP pages; the CSSOM
 * is not subject to that rule. Use it alone in a `style` binding:
 * `style=${styleProperties({ insetInlineStart: '40%' })}`. A property left out (or `undefined`)
 * on a later render is removed.
 */
class StylePropertiesDirective extends Directive {
  #set = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      !(partInfo.strings ?? []).every((text) => text.trim() === '')
    ) {
      throw new Error('styleProperties() must be the whole value of a style binding: style=${styleProperties({...})}');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      const css = cssName(name);
      next.add(css);
      if (style.getPropertyValue(css) !== value) style.setProperty(css, value);
    }
    for (const css of this.#set) if (!next.has(css)) style.removeProperty(css);
    this.#set = next;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
