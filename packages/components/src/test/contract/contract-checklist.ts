import { html, nothing, type PropertyDeclarations } from 'lit';
import { userEvent } from 'vitest/browser';
import * as z from 'zod/mini';
import { safeParseWith, SelValidationError, type ParseResult } from '@sel/core';
import type { SelValidity } from '../../shared/form.js';
import { SelFormElement } from '../../shared/sel-form-element.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import type { ContractSubject } from './subject.js';

const checklistSchema = z.object({
  title: z.string().check(z.minLength(1)),
  items: z.array(z.object({ id: z.string().check(z.minLength(1)), label: z.string() })),
});
type Checklist = z.infer<typeof checklistSchema>;

/** The ids of the items ticked. */
type Ticked = readonly string[];

declare global {
  interface HTMLElementEventMap {
    'sel-contract-tick': CustomEvent<{ readonly ticked: Ticked }>;
  }
}

/**
 * A test-only value-holding element built on `SelFormElement` as the real ones are, so the form
 * side of the contract is proven on the foundation itself: a checklist whose value is the list of
 * ids ticked.
 */
class SelContractChecklist extends SelFormElement<Checklist, Ticked> {
  static override styles = [tokenStyles];
  static override properties: PropertyDeclarations = { checklist: { attribute: false } };

  checklist: Checklist | undefined;
  #ticked: Ticked | undefined;

  protected override dataFromProperty(): unknown {
    return this.checklist;
  }

  protected override parseData(raw: unknown): ParseResult<Checklist> {
    return safeParseWith(checklistSchema, raw, 'checklist');
  }

  protected override readValue(): Ticked | undefined {
    return this.#ticked;
  }

  protected override writeValue(value: Ticked | undefined): void {
    this.#ticked = value;
  }

  protected override defaultValue(): Ticked | undefined {
    return undefined;
  }

  protected override parseValue(raw: unknown, data: Checklist): ParseResult<Ticked> {
    const ids = new Set(data.items.map((item) => item.id));
    if (!Array.isArray(raw)) {
      return {
        ok: false,
        error: new SelValidationError('value', [
          { path: [], code: 'invalid_type', message: 'Expected a list of item ids' },
        ]),
      };
    }
    const unknownAt = raw.findIndex((id) => typeof id !== 'string' || !ids.has(id));
    if (unknownAt !== -1) {
      return {
        ok: false,
        error: new SelValidationError('value', [
          { path: [unknownAt], code: 'unknown-item', message: 'Expected the id of an item of the checklist' },
        ]),
      };
    }
    return { ok: true, value: raw as string[] };
  }

  /** A required checklist needs every item ticked. */
  protected override validateValue(value: Ticked | undefined): SelValidity | undefined {
    const open = (this.dataSource.value?.items.length ?? 0) - (value?.length ?? 0);
    return this.required && open > 0
      ? { flags: { valueMissing: true }, message: this.t('form.incomplete', { count: open }) }
      : undefined;
  }

  #toggle(id: string, checked: boolean): void {
    const ticked = this.#ticked ?? [];
    this.#ticked = checked ? [...ticked, id] : ticked.filter((each) => each !== id);
    this.syncForm();
    this.emit('sel-contract-tick', { ticked: this.#ticked });
    this.requestUpdate();
  }

  protected override render(): unknown {
    const data = this.dataSource.value;
    return html`${this.renderDataState()}${
      data === undefined
        ? nothing
        : html`<fieldset ?disabled=${!this.interactive}>
            <legend>${data.title}</legend>
            ${data.items.map(
              (item) =>
                html`<label
                  ><input
                    type="checkbox"
                    .checked=${this.#ticked?.includes(item.id) ?? false}
                    @change=${(event: Event) => {
                      this.#toggle(item.id, (event.target as HTMLInputElement).checked);
                    }}
                  />${item.label}</label
                >`,
            )}
          </fieldset>`
    }`;
  }
}

/** Tabs to the first checkbox, as a person would, and ticks it with Space. */
async function tickFirst(): Promise<void> {
  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard(' ');
}

/** The checklist as a member of the contract suite. */
export const contractChecklist: ContractSubject = {
  tag: 'sel-contract-checklist',
  define: () => {
    if (!customElements.get('sel-contract-checklist'))
      customElements.define('sel-contract-checklist', SelContractChecklist);
    return Promise.resolve();
  },
  property: 'checklist',
  valid: () => ({
    title: 'Plan the semester',
    items: [
      { id: 'design', label: 'Detailed design' },
      { id: 'launch', label: 'Launch' },
    ],
  }),
  shows: 'Plan the semester',
  showsInSpanish: 'Plan the semester',
  invalid: () => ({ title: '', items: [] }),
  invalidPath: ['title'],
  events: [
    {
      name: 'sel-contract-tick',
      cause: tickFirst,
    },
  ],
  form: {
    value: () => ['design', 'launch'],
    missing: () => null,
    invalidValue: () => ['design', 'nowhere'],
    invalidValuePath: ['value', 1],
    change: tickFirst,
  },
};

export default contractChecklist;
