import type { core } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { SelValidationError } from './errors.js';
import type { IssuePath, ParseResult, SelIssue } from './errors.js';

// Reading input with a zod schema into our issues and errors. The error classes live in errors.ts,
// which imports no zod, so code that only reports or formats problems does not bring it.

// zod/mini ships no messages by default; ours use the English locale per call (no global side effect).
interface ParseOptions {
  readonly error: ReturnType<typeof en>['localeError'];
}
let englishOptions: ParseOptions | undefined;
/** Built on first use, so a module that only needs an error class or a rule does not bring the locale. */
function parseOptions(): ParseOptions {
  englishOptions ??= { error: en().localeError };
  return englishOptions;
}

/** Converts zod issues into ours (plain data, safe to send in events or post to a worker). */
export function toSelIssues(issues: readonly core.$ZodIssue[], prefix: IssuePath = []): SelIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.message,
    code: issue.code,
  }));
}

/** Validates `input` against `schema` without throwing. */
export function safeParseWith<S extends core.$ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ParseResult<core.output<S>> {
  const result = (
    schema as unknown as {
      safeParse(i: unknown, options: ParseOptions): core.util.SafeParseResult<core.output<S>>;
    }
  ).safeParse(input, parseOptions());
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: new SelValidationError(subject, toSelIssues(result.error.issues)) };
}

/** Validates `input` against `schema`; throws a {@link SelValidationError} naming every bad path. */
export function parseWith<S extends core.$ZodType>(schema: S, input: unknown, subject: string): core.output<S> {
  const result = safeParseWith(schema, input, subject);
  if (!result.ok) throw result.error;
  return result.value;
}
