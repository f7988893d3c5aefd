import { LitElement, html } from 'lit';
import { describe, expect, it } from 'vitest';
import { districtRubric } from '@sel/data';
import { fixture, nextEvent } from '../test/index.js';
import '../rubric/define.js';
import '../milestone-timeline/define.js';
import '../partner-card-sort/define.js';
import { SelRubric } from '../rubric/sel-rubric.js';
import { SelMilestoneTimeline } from '../milestone-timeline/sel-milestone-timeline.js';
import { objectAttributeIssues, PreUpgradeProperties, takePreUpgradeProperties } from './upgrade-properties.js';

let defined = 0;
/** A tag no test has defined yet, so an element of it stays un-upgraded until the test defines it. */
const freshTag = (base: string): string => `${base}-upgrade-${String((defined += 1))}`;

/** A small element with an accessor and a plain field, as the base class has (`value`, `fetcher`). */
class Holder extends LitElement {
  protected readonly preUpgrade = new PreUpgradeProperties(this, ['fetcher']);
  fetcher: () => string = () => 'default';
  #value = '';
  set value(value: string) {
    this.#value = value.toUpperCase();
  }
  get value(): string {
    return this.#value;
  }
  protected override render(): unknown {
    return html`<p>${this.#value}</p>`;
  }
}

describe('properties set before the element is defined', () => {
  it('reach the accessor and win over a field default once the class upgrades the element', async () => {
    const tag = freshTag('sel-holder');
    const element = await fixture<HTMLElement & { value: unknown; fetcher: unknown }>(`<${tag}></${tag}>`);
    const fetcher = (): string => 'page';
    element.value = 'set early';
    element.fetcher = fetcher;
    customElements.define(tag, class extends Holder {});
    const upgraded = element as unknown as Holder;
    await upgraded.updateComplete;
    expect(upgraded.value).toBe('SET EARLY');
    expect(upgraded.fetcher).toBe(fetcher);
    expect(Object.keys(upgraded)).not.toContain('value');
    expect(upgraded.shadowRoot?.querySelector('p')?.textContent).toBe('SET EARLY');
  });

  it('takes off only own properties that shadow an accessor, and the fields it is told about', () => {
    const proto = {
      get shown(): number {
        return 1;
      },
      set shown(_: number) {
        // an accessor of the class
      },
    };
    const target: Record<string, unknown> = { shown: 2, other: 3, fetcher: 4 };
    Object.setPrototypeOf(target, proto);
    expect(takePreUpgradeProperties(target, ['fetcher'])).toEqual(
      new Map<string, unknown>([
        ['shown', 2],
        ['fetcher', 4],
      ]),
    );
    expect(Object.keys(target)).toEqual(['other']);
    expect(takePreUpgradeProperties({ plain: 1 })).toBeUndefined();
  });

  it('shows a rubric whose data was set before <sel-rubric> was defined under its own tag', async () => {
    const tag = freshTag('sel-rubric');
    const element = await fixture<HTMLElement & { rubric?: unknown }>(`<${tag}></${tag}>`);
    element.rubric = districtRubric;
    customElements.define(tag, class extends SelRubric {});
    const rubric = element as unknown as SelRubric;
    await rubric.dataSettled;
    expect(rubric.currentRubric?.id).toBe(districtRubric.id);
  });

  it("fetches a timeline's src with the fetcher a page set before <sel-milestone-timeline> was defined", async () => {
    const tag = freshTag('sel-milestone-timeline');
    const element = await fixture<HTMLElement & { fetcher?: typeof fetch }>(`<${tag} src="/community.json"></${tag}>`);
    const asked: string[] = [];
    element.fetcher = (input) => {
      asked.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return Promise.resolve(new Response(JSON.stringify({ nonsense: true }), { status: 200 }));
    };
    customElements.define(tag, class extends SelMilestoneTimeline {});
    await (element as unknown as SelMilestoneTimeline).dataSettled;
    expect(asked).toEqual(['/community.json']);
  });
});

describe('an object given as an attribute', () => {
  it('names the attribute and the property to set instead', () => {
    const element = document.createElement('div');
    element.setAttribute('heading-level', '2');
    element.setAttribute('community', '[object Object]');
    const issues = objectAttributeIssues(element);
    expect(issues.map((issue) => issue.path)).toEqual([['community']]);
    expect(issues[0]?.message).toContain('set the community property instead');
  });

  it.each([
    ['sel-rubric', 'rubric'],
    ['sel-milestone-timeline', 'community'],
    ['sel-partner-card-sort', 'partners'],
  ])('makes <%s> show an error and fire sel-error naming %s, not "Nothing to show yet"', async (tag, property) => {
    const container = await fixture<HTMLDivElement>('<div></div>');
    const element = document.createElement(tag);
    element.setAttribute(property, '[object Object]');
    const error = nextEvent(element, 'sel-error');
    container.append(element);
    const { detail } = await error;
    expect(detail.source).toBe('property');
    expect(detail.issues.map((issue) => issue.path)).toEqual([[property]]);
    expect(detail.issues[0]?.message).toContain(`set the ${property} property instead`);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const alert = element.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(`set the ${property} property instead`);
  });
});
