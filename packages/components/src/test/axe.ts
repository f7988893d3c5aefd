import axe from 'axe-core';

/** The WCAG levels US public schools must meet (WCAG 2.1 AA), plus 2.2 AA rules. */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Options for {@link expectNoAxeViolations}. */
export interface AxeCheckOptions {
  /** Rule ids to skip, each with a reason in the calling test. */
  readonly disableRules?: readonly string[];
}

function describeTarget(target: axe.UnlabelledFrameSelector | axe.CrossTreeSelector): string {
  return Array.isArray(target) ? target.join(' >>> ') : target;
}

/** Writes axe violations as a list a person can act on: rule, impact, help, and each failing node. */
export function formatAxeViolations(violations: readonly axe.Result[]): string {
  const blocks = violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const where = node.target.map(describeTarget).join(' | ');
      const fix = (node.failureSummary ?? '').split('\n').map((line) => `      ${line.trim()}`);
      return [`    at ${where}`, `      ${node.html}`, ...fix].join('\n');
    });
    return [
      `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
      `  ${violation.helpUrl}`,
      ...nodes,
    ].join('\n');
  });
  const count = violations.length;
  return `${count} accessibility violation${count === 1 ? '' : 's'}:\n${blocks.join('\n')}`;
}

/** Runs axe-core (WCAG 2.x A and AA rules) on `element`, including its open shadow roots. */
export async function axeViolations(element: Element, options: AxeCheckOptions = {}): Promise<axe.Result[]> {
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: [...AXE_WCAG_TAGS] },
    rules,
    resultTypes: ['violations'],
  });
  return results.violations;
}

/**
 * Fails the test with a readable list when axe-core finds WCAG A/AA violations in `element`
 * (shadow DOM included). Colour contrast is measured from the real rendering.
 */
export async function expectNoAxeViolations(element: Element, options?: AxeCheckOptions): Promise<void> {
  const violations = await axeViolations(element, options);
  if (violations.length > 0) throw new Error(formatAxeViolations(violations));
}
