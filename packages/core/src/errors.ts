/** A path into a piece of input data: object keys and array indexes. */
export type IssuePath = readonly PropertyKey[];

/** One problem found in input data: where it is and what was expected. */
export interface SelIssue {
  /** Where the problem is, e.g. `["focusAreas", 0, "practices", 2, "id"]`. */
  readonly path: IssuePath;
  /** What is wrong, in plain words (says what was expected). */
  readonly message: string;
  /** A machine-readable code (zod's issue code, or one of ours). */
  readonly code: string;
}

/**
 * Formats a path as a JavaScript-like accessor: `focusAreas[0].practices[2].id`.
 * The empty path is shown as `(root)`.
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

function describe(subject: string, issues: readonly SelIssue[]): string {
  const lines = issues.slice(0, 10).map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > 10) lines.push(`  - ...and ${issues.length - 10} more`);
  return `Invalid ${subject}:\n${lines.join('\n')}`;
}

/** Thrown (or returned) when input data does not match a schema. Carries every issue with its path. */
export class SelValidationError extends Error {
  override readonly name = 'SelValidationError';
  /** What was being read, e.g. `rubric` or `partner inventory CSV`. */
  readonly subject: string;
  readonly issues: readonly SelIssue[];

  constructor(subject: string, issues: readonly SelIssue[]) {
    super(describe(subject, issues));
    this.subject = subject;
    this.issues = issues;
  }
}

/**
 * Thrown when an operation breaks a rule of the domain, for example comparing assessments of
 * two rubric versions or an illegal lifecycle transition. `code` is stable for programs to test.
 */
export class SelRuleError extends Error {
  override readonly name = 'SelRuleError';
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** The outcome of a parse that does not throw. */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SelValidationError };
